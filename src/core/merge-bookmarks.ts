/**
 * Two windows on the same work each save their whole bookmark list: a
 * three-way merge by bookmark id keeps what the other window added, edited
 * or deleted meanwhile, and applies only this window's own changes.
 */
import type { Bookmark } from './types.js';
import { sortBookmarks } from './bookmarks-state.js';

const same = (a: Bookmark, b: Bookmark) => JSON.stringify(a) === JSON.stringify(b);

/**
 * `disk`: the list in the file now; `base`: the list this window last read
 * or wrote (undefined if it never did: its list then simply replaces the
 * file's); `ours`: the list it saves now. Returns the list to write, sorted.
 */
export function mergeBookmarks(disk: readonly Bookmark[], base: readonly Bookmark[] | undefined, ours: readonly Bookmark[]): Bookmark[] {
  if (!base) return sortBookmarks(ours);
  const baseById = new Map(base.map((b) => [b.id, b]));
  const oursById = new Map(ours.map((b) => [b.id, b]));
  const out = new Map(disk.map((b) => [b.id, b]));
  // Deleted here since we last looked.
  for (const id of baseById.keys()) if (!oursById.has(id)) out.delete(id);
  // Added or changed here: ours wins for those, whatever the other window did.
  for (const [id, b] of oursById) {
    const was = baseById.get(id);
    if (!was || !same(was, b) || !out.has(id)) out.set(id, b);
  }
  return sortBookmarks([...out.values()]);
}
