/**
 * The library index cache: work summaries keyed by path + size + mtime, so
 * a start only re-reads files that changed. Kept per library folder in the
 * user's cache directory as INDEX_SHARDS files, each written atomically
 * (temp file + rename), so a scan that finds a few changed works rewrites
 * only their files (writing all of a 10,000-work index was most of an
 * incremental re-index). A corrupt, foreign or old-version file is
 * rebuilt, never trusted: its works are read again.
 */
import { isAscii } from 'node:buffer';
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import type { PartSummary } from '../core/types.js';

/** Bump when the cached shape or the loader's rules change: old caches are then rebuilt. */
export const INDEX_VERSION = 16;

/** Files the full index is split into, by work path. */
export const INDEX_SHARDS = 32;

/** Stat of one source file, as the cache remembers it. */
export interface FileStamp {
  path: string;
  size: number;
  mtimeMs: number;
}

/** A cached work: what the library list needs, with its parts stored as parallel arrays (fast to parse). */
export interface CachedWork<S> {
  stamps: FileStamp[];
  summary: Omit<S, 'parts'>;
  titles: (string | null)[];
  subtitles: (string | null)[];
  words: number[];
  /** Present only for works with a level above chapters (books, acts). */
  groups?: (string | null)[];
}

interface IndexFile<S> {
  version: number;
  root: string;
  works: CachedWork<S>[];
}

/** Where index caches go: FIC_READ_CACHE_DIR, else `<config dir>/cache` when the config dir was chosen, else the user cache dir. */
export function resolveCacheDir(configDir: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  if (env.FIC_READ_CACHE_DIR?.trim()) return resolve(env.FIC_READ_CACHE_DIR.trim());
  const chosen = configDir?.trim() || env.FIC_READ_CONFIG_DIR?.trim();
  if (chosen) return join(resolve(chosen), 'cache');
  return envPaths('fic-read', { suffix: '' }).cache;
}

/** The full index file of library `root`. */
export function cacheFile(cacheDir: string, root: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < root.length; i++) h = Math.imul(h ^ root.charCodeAt(i), 0x01000193) >>> 0;
  return join(cacheDir, `index-${h.toString(16).padStart(8, '0')}.json`);
}

/** Compacts a summary for the cache. */
export function toCached<S extends { parts: PartSummary[] }>(summary: S, stamps: FileStamp[]): CachedWork<S> {
  const { parts, ...rest } = summary;
  return {
    stamps,
    summary: rest,
    titles: parts.map((p) => p.title),
    subtitles: parts.map((p) => p.subtitle),
    words: parts.map((p) => p.words),
    ...(parts.some((p) => p.group) ? { groups: parts.map((p) => p.group ?? null) } : {}),
  };
}

/** Expands a cached work back into a summary. */
export function fromCached<S extends { parts: PartSummary[] }>(c: CachedWork<S>): S {
  const parts = c.words.map((words, i) => ({
    title: c.titles[i] ?? null,
    subtitle: c.subtitles[i] ?? null,
    words,
    ...(c.groups ? { group: c.groups[i] ?? null } : {}),
  }));
  return { ...c.summary, parts } as S;
}

/** The cache key of a cached work: its files' paths. */
const keyOf = (w: CachedWork<unknown>): string => w.stamps.map((s) => s.path).join('\n');

function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return (h >>> 0) % INDEX_SHARDS;
}

/** Shard `k` of the full index of `root`. */
export function shardFile(cacheDir: string, root: string, k: number): string {
  return cacheFile(cacheDir, root).replace(/\.json$/, `.${String(k).padStart(2, '0')}.json`);
}

/** Reads the cache for `root`: a map from the work's file paths to its entry. A shard that is missing or not trustworthy gives nothing. */
export function readIndex<S>(cacheDir: string, root: string): Map<string, CachedWork<S>> {
  const map = new Map<string, CachedWork<S>>();
  for (let k = 0; k < INDEX_SHARDS; k++) readShard(cacheDir, root, k, map);
  return map;
}

/**
 * {@link readIndex}, giving the event loop a turn between shards: the full
 * index of a big library is parsed while the library is already on screen,
 * and keys typed meanwhile must not wait for all of it.
 */
export async function readIndexAsync<S>(cacheDir: string, root: string, turn: () => Promise<void>): Promise<Map<string, CachedWork<S>>> {
  const map = new Map<string, CachedWork<S>>();
  for (let k = 0; k < INDEX_SHARDS; k++) {
    readShard(cacheDir, root, k, map);
    await turn();
  }
  return map;
}

function readShard<S>(cacheDir: string, root: string, k: number, map: Map<string, CachedWork<S>>): void {
  try {
    const bytes = readFileSync(shardFile(cacheDir, root, k));
    // Written all ASCII (asciiJson), so read byte for byte; one written by an earlier build may hold raw UTF-8.
    const data = JSON.parse(bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8')) as IndexFile<S>;
    if (data?.version !== INDEX_VERSION || data.root !== root || !Array.isArray(data.works)) return;
    for (const w of data.works) {
      if (!Array.isArray(w?.stamps) || !w.stamps.length || !w.summary || !Array.isArray(w.words)) continue;
      const key = keyOf(w);
      if (shardOf(key) === k) map.set(key, w);
    }
  } catch {
    // missing or corrupt: its works are read from the files again
  }
}

/**
 * Writes the index of `root`. With `previous` (what readIndex gave), a shard
 * whose works are all the very entries read from it is left as it is.
 */
export function writeIndex<S>(cacheDir: string, root: string, works: CachedWork<S>[], previous?: Map<string, CachedWork<S>>): void {
  const shards = Array.from({ length: INDEX_SHARDS }, () => [] as CachedWork<S>[]);
  for (const w of works) shards[shardOf(keyOf(w))].push(w);
  const before = new Array<number>(INDEX_SHARDS).fill(0);
  if (previous) for (const key of previous.keys()) before[shardOf(key)]++;
  // The one-file index of versions before 15, if any, is dead weight now.
  rmSync(cacheFile(cacheDir, root), { force: true });
  shards.forEach((list, k) => {
    const same = previous && list.length === before[k] && list.every((w) => previous.get(keyOf(w)) === w);
    if (!same) writeAtomically(shardFile(cacheDir, root, k), asciiJson({ version: INDEX_VERSION, root, works: list } satisfies IndexFile<S>));
  });
}

/**
 * JSON with every non-ASCII character as a \u escape (the same value when
 * parsed). One ’ or é in a raw file makes V8 read all of it as a two-byte
 * string and JSON.parse make every string of the result two-byte: for 10,000
 * works a quarter more heap (3 MB), which the collector copies during the
 * first frame. An ASCII file stays one byte a character throughout, and
 * JSON.parse reads it about a quarter faster (the full index, 13 MB for
 * 10,000 works, is parsed at every start).
 */
export function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Writes `file` via a temp file and a rename, so a reader never sees half of it; errors are swallowed (a cache is optional). */
export function writeAtomically(file: string, text: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(tmp, text);
    renameSync(tmp, file);
  } catch {
    // read-only home, full disk: the next start indexes again
  }
}

/** True when the cached stamps still describe the files on disk. */
export function stampsMatch(cached: FileStamp[], now: FileStamp[]): boolean {
  return cached.length === now.length && cached.every((c, i) => c.path === now[i].path && c.size === now[i].size && c.mtimeMs === now[i].mtimeMs);
}
