/**
 * The list index: what the library's first frame shows, a dozen fields per
 * work, so a start with 10,000 works parses ~3 MB instead of the full index
 * (part titles, hashes, layouts). The full index is read right after the
 * first frame, when the files are checked, and the rows are updated then
 * (details, filters on metadata, "+N new parts" badges).
 */
import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import { asciiJson, cacheFile, INDEX_VERSION, writeAtomically } from './index-cache.js';
import type { PartSummary } from '../core/types.js';
import { compareTitles, markTitleOrdered, titleCollation } from '../core/library-state.js';
import type { WorkEntry } from './scan-library.js';

/**
 * The layout of the file, first in it. 2: the small works' fields in one flat
 * array (10,000 arrays of a row each were young garbage the collector copied
 * during the first frame), the big ones whole beside it. A file of another
 * layout counts as missing, so the next scan writes it again.
 */
const LIST_FORMAT = 2;
const HEADER = `{"format":${LIST_FORMAT},`;

/** The fields of a small work, in their order in `rows`. */
type Fields = [
  id: string, key: string, identity: string, title: string, author: string | null, path: string,
  words: number, parts: number, status: WorkEntry['status'], bytes: number, mtimeMs: number, files: string[] | null,
];
const FIELDS = 12;

interface ListFile {
  format: number;
  version: number;
  root: string;
  /** The locale the works were sorted in. */
  collation?: string;
  count: number;
  /** FIELDS values per small work, in title order. */
  rows: unknown[];
  /** The big works, each with its place in title order. */
  whole: [at: number, work: WorkEntry][];
}

/** Stands in for every part until the full index is read: only the count is known. */
const UNKNOWN_PART: PartSummary = Object.freeze({ title: null, subtitle: null, words: 0 });

/**
 * Works at least this big are stored whole (parts, layout): opening them from
 * a partial entry would detect their structure again, which is what takes
 * time in a big book; small works load fast anyway.
 */
const WHOLE_FROM_BYTES = 512 * 1024;

const listFile = (cacheDir: string, root: string) => cacheFile(cacheDir, root).replace(/\.json$/, '.list.json');

/** True when the list index of `root` is missing or of another layout (it must then be written even if nothing changed). */
export function listIndexMissing(cacheDir: string, root: string): boolean {
  const file = listFile(cacheDir, root);
  if (!existsSync(file)) return true;
  try {
    const fd = openSync(file, 'r');
    const head = Buffer.alloc(HEADER.length);
    try {
      readSync(fd, head, 0, head.length, 0);
    } finally {
      closeSync(fd);
    }
    return head.toString('latin1') !== HEADER;
  } catch {
    return true;
  }
}

/** Writes the list index of the works as the library shows them (duplicates merged). */
export function writeListIndex(cacheDir: string, root: string, works: WorkEntry[]): void {
  // Stored in title order: the first frame then needs no title comparisons (see markTitleOrdered).
  const sorted = [...works].sort(compareTitles);
  const rows: unknown[] = [];
  const whole: ListFile['whole'] = [];
  sorted.forEach((w, at) => {
    if (w.bytes >= WHOLE_FROM_BYTES) whole.push([at, w]);
    else {
      const files = w.files.length === 1 && w.files[0] === w.path ? null : w.files;
      const fields: Fields = [w.id, w.key, w.identity, w.title, w.author, w.path, w.words, w.parts.length, w.status, w.bytes, w.mtimeMs, files];
      rows.push(...fields);
    }
  });
  const data: ListFile = { format: LIST_FORMAT, version: INDEX_VERSION, root, collation: titleCollation(), count: sorted.length, rows, whole };
  writeAtomically(listFile(cacheDir, root), asciiJson(data));
}

/**
 * The works from the list index, or null when there is none fit to trust.
 * Entries are partial: `partial` is set, parts are placeholders, meta and
 * part hashes are empty until the full scan replaces them.
 */
export function readListIndex(cacheDir: string, root: string): WorkEntry[] | null {
  try {
    // Written all ASCII (asciiJson), so read byte for byte: no UTF-8 decoding (a few ms of 3 MB).
    // A file of another layout may hold raw UTF-8, but it is not used (the format check below).
    const data = JSON.parse(readFileSync(listFile(cacheDir, root)).toString('latin1')) as ListFile;
    if (data?.format !== LIST_FORMAT || data.version !== INDEX_VERSION || data.root !== root) return null;
    const works = placeWorks(data);
    // Sorted when written; in another locale's collation the order is not this one's, and the list sorts it again.
    return works && data.collation === titleCollation() ? markTitleOrdered(works) : works;
  } catch {
    return null;
  }
}

/** The big works at their places, the small ones in the gaps in order; null when the parts do not add up. */
function placeWorks({ count, rows, whole }: ListFile): WorkEntry[] | null {
  if (!Array.isArray(rows) || !Array.isArray(whole) || !Number.isInteger(count) || rows.length !== (count - whole.length) * FIELDS) return null;
  const works = new Array<WorkEntry | undefined>(count);
  for (const [at, work] of whole) {
    if (!Number.isInteger(at) || at < 0 || at >= count || works[at]) return null;
    works[at] = work;
  }
  for (let i = 0, f = 0; i < count; i++) {
    if (works[i]) continue;
    works[i] = partialEntry(rows, f);
    f += FIELDS;
  }
  return works as WorkEntry[];
}

/**
 * Placeholder parts, one frozen array per count, shared by every entry with
 * that many parts; like the empty meta and hashes below, they are only read
 * until the full scan replaces the entry. (Ten thousand entries' own arrays
 * are young garbage the collector copies around during the first frame.)
 */
const unknownParts: (readonly PartSummary[])[] = [];
const partsOf = (n: number) => (unknownParts[n] ??= Object.freeze(new Array<PartSummary>(n).fill(UNKNOWN_PART)));
const NO_META = Object.freeze({});
const NO_HASHES: readonly string[] = Object.freeze([]);

/** The partial entry whose fields start at `rows[f]`. */
function partialEntry(rows: unknown[], f: number): WorkEntry {
  const at = <I extends number>(i: I) => rows[f + i] as Fields[I];
  const path = at(5);
  return {
    id: at(0), key: at(1), identity: at(2), title: at(3), author: at(4), path, words: at(6),
    status: at(8), bytes: at(9), mtimeMs: at(10),
    files: at(11) ?? [path],
    parts: partsOf(at(7)) as PartSummary[],
    meta: NO_META,
    partHashes: NO_HASHES as string[],
    partial: true,
  };
}
