/**
 * The list index: what the library's first frame shows, one small array per
 * work, so a start with 10,000 works parses a few hundred kilobytes instead
 * of the full index (part titles, hashes, layouts). The full index is read
 * right after the first frame, when the files are checked, and the rows are
 * updated then (details, filters on metadata, "+N new parts" badges).
 */
import { existsSync, readFileSync } from 'node:fs';
import { cacheFile, INDEX_VERSION, writeAtomically } from './index-cache.js';
import type { PartSummary } from '../core/types.js';
import { compareTitles, markTitleOrdered, TITLE_COLLATION } from '../core/library-state.js';
import type { WorkEntry } from './scan-library.js';

type Row = [
  id: string, key: string, identity: string, title: string, author: string | null, path: string,
  words: number, parts: number, status: WorkEntry['status'], bytes: number, mtimeMs: number, files: string[] | null,
];

/** Stands in for every part until the full index is read: only the count is known. */
const UNKNOWN_PART: PartSummary = Object.freeze({ title: null, subtitle: null, words: 0 });

/**
 * Works at least this big are stored whole (parts, layout): opening them from
 * a partial entry would detect their structure again, which is what takes
 * time in a big book; small works load fast anyway.
 */
const WHOLE_FROM_BYTES = 512 * 1024;

const listFile = (cacheDir: string, root: string) => cacheFile(cacheDir, root).replace(/\.json$/, '.list.json');

/** True when the list index of `root` is missing (it must then be written even if nothing changed). */
export function listIndexMissing(cacheDir: string, root: string): boolean {
  return !existsSync(listFile(cacheDir, root));
}

/** Writes the list index of the works as the library shows them (duplicates merged). */
export function writeListIndex(cacheDir: string, root: string, works: WorkEntry[]): void {
  // Stored in title order: the first frame's sort then finds its input sorted and is nearly free.
  const rows: (Row | WorkEntry)[] = [...works].sort(compareTitles).map((w) =>
    w.bytes >= WHOLE_FROM_BYTES
      ? w
      : [
          w.id, w.key, w.identity, w.title, w.author, w.path, w.words, w.parts.length, w.status, w.bytes, w.mtimeMs,
          w.files.length === 1 && w.files[0] === w.path ? null : w.files,
        ],
  );
  writeAtomically(listFile(cacheDir, root), asciiJson({ version: INDEX_VERSION, root, collation: TITLE_COLLATION, rows }));
}

/**
 * JSON with every non-ASCII character as a \u escape (the same value when
 * parsed). One ’ or é in a raw file makes V8 read all of it as a two-byte
 * string and JSON.parse make every string of the result two-byte: for 10,000
 * works a quarter more heap (3 MB), which the collector copies during the
 * first frame. An ASCII file stays one byte a character throughout.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The works from the list index, or null when there is none fit to trust.
 * Entries are partial: `partial` is set, parts are placeholders, meta and
 * part hashes are empty until the full scan replaces them.
 */
export function readListIndex(cacheDir: string, root: string): WorkEntry[] | null {
  try {
    const data = JSON.parse(readFileSync(listFile(cacheDir, root), 'utf8')) as { version: number; root: string; collation?: string; rows: (Row | WorkEntry)[] };
    if (data?.version !== INDEX_VERSION || data.root !== root || !Array.isArray(data.rows)) return null;
    const works = data.rows.map((row) => (Array.isArray(row) ? partialEntry(row) : row));
    // Sorted when written; in another locale's collation the order is not this one's, and the list sorts it again.
    return data.collation === TITLE_COLLATION ? markTitleOrdered(works) : works;
  } catch {
    return null;
  }
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

function partialEntry([id, key, identity, title, author, path, words, parts, status, bytes, mtimeMs, files]: Row): WorkEntry {
  return {
    id, key, identity, title, author, path, words, status, bytes, mtimeMs,
    files: files ?? [path],
    parts: partsOf(parts) as PartSummary[],
    meta: NO_META,
    partHashes: NO_HASHES as string[],
    partial: true,
  };
}
