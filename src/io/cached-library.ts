/**
 * The library as the index cache last saw it, without touching the library
 * folder: what the first frame shows, before the files are checked.
 */
import { naturalCompare } from '../core/natural-sort.js';
import { mergeDuplicates } from '../core/work-identity.js';
import { fromCached, readIndex } from './index-cache.js';
import type { WorkEntry } from './scan-library.js';
import { readListIndex } from './list-index.js';

/**
 * The cached works of `root` in path order, or null when there is no usable
 * cache: the small list index when there is one (partial entries), else the
 * full index.
 */
export function readCachedWorks(root: string, cacheDir: string): WorkEntry[] | null {
  const listed = readListIndex(cacheDir, root);
  if (listed) return listed;
  const cached = readIndex<WorkEntry>(cacheDir, root);
  if (cached.size === 0) return null;
  // The index is kept in shards: put the works back in path order.
  const works = [...cached.values()].map((c) => fromCached(c)).sort((a, b) => naturalCompare(a.path, b.path));
  return mergeDuplicates(works).map(({ work, older }) => (older.length ? { ...work, older: older.map((o) => o.path) } : work));
}
