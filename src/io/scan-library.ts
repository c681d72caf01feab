/**
 * Walks a library folder and reads its works. Every problem with one file
 * becomes a warning and the scan goes on.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadWork, rejectReason, type SourceFile, type WorkSource } from '../core/load-work.js';
import { loadSummary } from '../core/load-summary.js';
import { uniqueIds } from '../core/work-id.js';
import { mergeDuplicates } from '../core/work-identity.js';
import { fromCached, readIndex, stampsMatch, toCached, writeIndex, type CachedWork, type FileStamp } from './index-cache.js';
import type { LoadedWork, LoadWarning, WorkSummary } from '../core/types.js';
import { describe, findWorks, type WorkLocation } from './find-works.js';
import { listIndexMissing, writeListIndex } from './list-index.js';
import { readReused } from './read-reused.js';

export { describe, findWorks, isChapterFolder, LibraryMissingError, type WorkLocation } from './find-works.js';

/** A work in the library list: its summary (no text) and where to read it from. */
export interface WorkEntry extends WorkSummary {
  files: string[];
}

/** Result of {@link scanLibrary}. */
export interface ScanResult {
  works: WorkEntry[];
  warnings: LoadWarning[];
}


/**
 * Reads one work's files, or returns why it cannot be read. With `reuse`, a
 * one-file work's bytes are in a buffer the next read overwrites (see
 * read-reused.ts): for a caller that is done with them before then.
 */
function readSource(root: string, location: WorkLocation, id: string, reuse = false): WorkSource | LoadWarning {
  const files: SourceFile[] = [];
  let mtimeMs = 0;
  for (const rel of location.files) {
    try {
      const abs = join(root, rel);
      const read = reuse && location.files.length === 1 ? readReused(abs) : { mtimeMs: statSync(abs).mtimeMs, bytes: readFileSync(abs) };
      const reason = rejectReason(read.bytes);
      if (reason) return { path: rel, reason };
      mtimeMs = Math.max(mtimeMs, read.mtimeMs);
      files.push({ name: rel.split('/').pop() ?? rel, bytes: read.bytes });
    } catch (error) {
      return { path: rel, reason: describe(error) };
    }
  }
  return { id, path: location.path, files, mtimeMs };
}

/** Reads one work from disk, or returns why it cannot be read. */
export function readWork(root: string, location: WorkLocation, id: string): LoadedWork | LoadWarning {
  const source = readSource(root, location, id);
  return 'reason' in source ? source : loadWork(source);
}

/** A work's summary: everything but its text, so a big library does not stay in memory. */
export function summarize(work: LoadedWork, files: string[]): WorkEntry {
  const { text: _text, sections: _sections, hardWrapped: _hw, ...summary } = work;
  return { ...summary, files };
}

/**
 * Reads and summarises one work, or returns why it cannot be read. A plain
 * UTF-8 file is summarised from its bytes (loadSummary), without decoding it
 * whole; anything else is loaded and its text dropped at once.
 */
export function readSummary(root: string, location: WorkLocation, id: string): WorkEntry | LoadWarning {
  // The summary keeps nothing of the bytes (strings are copies), so the read buffer is reused.
  const source = readSource(root, location, id, true);
  if ('reason' in source) return source;
  const fast = loadSummary(source);
  return fast ? { ...fast, files: location.files } : summarize(loadWork(source), location.files);
}

/** Tells a read failure from a summary. */
export function isLoadWarning(result: WorkEntry | LoadWarning): result is LoadWarning {
  return 'reason' in result;
}

/** Options of {@link scanLibrary}. */
export interface ScanOptions {
  /** Folder of the index cache; without it every file is read. */
  cacheDir?: string;
  /** Called after each work with (done, total, bytes read so far). */
  onProgress?(done: number, total: number, bytes: number): void;
}

/** The first step of a scan, shared by {@link scanLibrary} and scanLibraryAsync: what there is and what the cache knows. */
export interface ScanPlan {
  warnings: LoadWarning[];
  locations: WorkLocation[];
  /** `ids[i]` is the id of `locations[i]`. */
  ids: string[];
  cache: Map<string, CachedWork<WorkEntry>>;
}

/** What became of one location; {@link finishScan} turns these into a {@link ScanResult}. */
export type ScanOutcome =
  | { kind: 'cached'; entry: WorkEntry; cached: CachedWork<WorkEntry> }
  | { kind: 'vanished'; warning: LoadWarning }
  | { kind: 'read'; result: WorkEntry | LoadWarning; stamps: FileStamp[] };

/** A location after {@link checkCache}: settled, or to be read (its stamps taken before the read). */
export type CacheCheck = Exclude<ScanOutcome, { kind: 'read' }> | { kind: 'miss'; stamps: FileStamp[] };

/** Lists the works under `root`, gives them ids and loads the cache. Throws {@link LibraryMissingError}. */
export function planScan(root: string, cacheDir: string | undefined): ScanPlan {
  const cache = cacheDir ? readIndex<WorkEntry>(cacheDir, root) : new Map<string, CachedWork<WorkEntry>>();
  return { ...findLocations(root), cache };
}

/** The works under `root` and their ids: planScan without the cache. Throws {@link LibraryMissingError}. */
export function findLocations(root: string): Omit<ScanPlan, 'cache'> {
  const warnings: LoadWarning[] = [];
  const locations = findWorks(root, warnings);
  return { warnings, locations, ids: uniqueIds(locations.map((l) => l.path)) };
}

/** Stats location `i` and serves it from the cache when its files are unchanged. */
export function checkCache(root: string, plan: ScanPlan, i: number): CacheCheck {
  const location = plan.locations[i];
  const stamps = stampFiles(root, location.files);
  if (!stamps) return { kind: 'vanished', warning: { path: location.path, reason: 'vanished while scanning' } };
  const hit = plan.cache.get(location.files.join('\n'));
  if (hit && stampsMatch(hit.stamps, stamps)) return { kind: 'cached', entry: { ...fromCached(hit), id: plan.ids[i] }, cached: hit };
  return { kind: 'miss', stamps };
}

/**
 * Assembles the outcomes (one per location, in library order): reports the
 * final progress, rewrites the cache if anything was read or removed, and
 * merges duplicate downloads.
 */
export function finishScan(root: string, options: ScanOptions, plan: ScanPlan, outcomes: ScanOutcome[]): ScanResult {
  const warnings = [...plan.warnings];
  const works: WorkEntry[] = [];
  const fresh: CachedWork<WorkEntry>[] = [];
  // A vanished work alone does not rewrite the cache: the next scan drops it (the counts then differ).
  let changed = plan.cache.size !== plan.locations.length;
  let bytes = 0;
  for (const outcome of outcomes) {
    if (outcome.kind === 'vanished') warnings.push(outcome.warning);
    else if (outcome.kind === 'cached') {
      works.push(outcome.entry);
      fresh.push(outcome.cached);
    } else {
      changed = true;
      if (isLoadWarning(outcome.result)) warnings.push(outcome.result);
      else {
        bytes += outcome.result.bytes;
        works.push(outcome.result);
        fresh.push(toCached(outcome.result, outcome.stamps));
      }
    }
  }
  options.onProgress?.(plan.locations.length, plan.locations.length, bytes);
  if (options.cacheDir && changed) writeIndex(options.cacheDir, root, fresh, plan.cache);
  // An old and a new download of the same work side by side are one work, reading the newer file.
  const merged = mergeDuplicates(works).map(({ work, older }) => (older.length ? { ...work, older: older.map((o) => o.path) } : work));
  if (options.cacheDir && (changed || listIndexMissing(options.cacheDir, root))) writeListIndex(options.cacheDir, root, merged);
  return { works: merged, warnings };
}

/**
 * Finds every work under `root` and summarises it, keeping no text: a work's
 * text is read again when it is opened ({@link readWork}). With a cache,
 * files whose size and mtime are unchanged are not read at all. One thread;
 * see scanLibraryAsync (scan-library-async.ts) for the multi-threaded one.
 */
export function scanLibrary(root: string, options: ScanOptions = {}): ScanResult {
  const plan = planScan(root, options.cacheDir);
  let bytes = 0;
  const outcomes = plan.locations.map((location, i): ScanOutcome => {
    options.onProgress?.(i, plan.locations.length, bytes);
    const check = checkCache(root, plan, i);
    if (check.kind !== 'miss') return check;
    const result = readSummary(root, location, plan.ids[i]);
    if (!isLoadWarning(result)) bytes += result.bytes;
    return { kind: 'read', result, stamps: check.stamps };
  });
  return finishScan(root, options, plan, outcomes);
}

/** Size and mtime of each file, or null when one has gone. */
export function stampFiles(root: string, files: string[]): FileStamp[] | null {
  try {
    return files.map((path) => {
      const st = statSync(join(root, path));
      return { path, size: st.size, mtimeMs: st.mtimeMs };
    });
  } catch {
    return null;
  }
}

