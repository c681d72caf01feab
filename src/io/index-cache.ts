/**
 * The library index cache: work summaries keyed by path + size + mtime, so
 * a start only re-reads files that changed. One file per library folder in
 * the user's cache directory, written atomically (temp file + rename). A
 * corrupt, foreign or old-version cache is rebuilt, never trusted.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import envPaths from 'env-paths';
import type { PartSummary } from '../core/types.js';

/** Bump when the cached shape or the loader's rules change: old caches are then rebuilt. */
export const INDEX_VERSION = 14;

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

/** Reads the cache for `root`: a map from the work's first file path to its entry. Empty when missing or not trustworthy. */
export function readIndex<S>(cacheDir: string, root: string): Map<string, CachedWork<S>> {
  const map = new Map<string, CachedWork<S>>();
  try {
    const data = JSON.parse(readFileSync(cacheFile(cacheDir, root), 'utf8')) as IndexFile<S>;
    if (data?.version !== INDEX_VERSION || data.root !== root || !Array.isArray(data.works)) return map;
    for (const w of data.works) {
      if (!Array.isArray(w?.stamps) || !w.stamps.length || !w.summary || !Array.isArray(w.words)) continue;
      map.set(w.stamps.map((s) => s.path).join('\n'), w);
    }
  } catch {
    // missing or corrupt: rebuilt from the files
  }
  return map;
}

/** Writes the cache for `root` atomically. Failing to write a cache is never an error for the user. */
export function writeIndex<S>(cacheDir: string, root: string, works: CachedWork<S>[]): void {
  writeAtomically(cacheFile(cacheDir, root), JSON.stringify({ version: INDEX_VERSION, root, works } satisfies IndexFile<S>));
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
