/**
 * What every command needs: the chosen library, scanned, with warnings on
 * stderr, and a clean exit (not a stack trace) when the folder is missing.
 */
import { chooseLibrary, type LibrarySource } from '../io/library-dir.js';
import { resolveCacheDir } from '../io/index-cache.js';
import { LibraryMissingError, type WorkEntry } from '../io/scan-library.js';
import { scanLibraryAsync } from '../io/scan-library-async.js';
import { openWork } from '../io/open-work.js';
import { resolveWork } from '../core/resolve-work.js';
import { foldText } from '../core/fold-text.js';
import { idFromPath } from '../core/work-id.js';
import { safeLine } from '../core/safe-text.js';
import type { LoadedWork, LoadWarning } from '../core/types.js';
import { existsSync } from 'node:fs';
import { readCachedWorks } from '../io/cached-library.js';
import { progressLine } from '../core/index-progress.js';
import type { SavedPosition } from '../io/store-data.js';

/** Global options every command accepts. */
export interface GlobalOptions {
  library?: string;
  configDir?: string;
}

/** Raised to end a command with a message and an exit status. */
export class CommandError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
  }
}

/** A scanned library: summaries for the list, full text on demand. */
export interface Library {
  dir: string;
  source: LibrarySource;
  works: WorkEntry[];
  /** Reads one work's text (again); throws CommandError when the file went away. */
  load(work: WorkEntry): LoadedWork;
  /** Set when `works` came from the index cache unchecked: checks the files and returns the library as it is now. */
  refresh?(onProgress?: IndexProgress): Promise<{ works: WorkEntry[]; warnings: LoadWarning[] }>;
  /** True when there was no index at all: `works` is empty until `refresh` (with its progress) has indexed the library. */
  indexing?: boolean;
  /** The files the scan left out and why (unknown while `works` is the unchecked cache). */
  skipped?: LoadWarning[];
}

/**
 * Opens the chosen library. With `fast` (the full-screen reader), a cached
 * index is used as it is, so the first frame needs no file access; with
 * 'index-in-ui' and no cache, nothing is read yet and the library screen
 * indexes with a progress bar. `refresh`
 * then checks the files. Otherwise the library is scanned at once (unchanged
 * files come from the cache) and, with `warn`, skipped files go to stderr, one line each.
 */
/** Progress of an index run: works done of total, bytes read. */
export type IndexProgress = (done: number, total: number, bytes: number) => void;

export async function openLibrary(opts: GlobalOptions, configured?: string, fast: boolean | 'index-in-ui' = false, warn = true): Promise<Library> {
  const { dir, source } = chooseLibrary(opts.library, process.env, configured);
  const cacheDir = resolveCacheDir(opts.configDir);
  const load = (work: WorkEntry): LoadedWork => {
    const r = openWork(dir, work);
    // The list's key may have been adopted from an older version's saved state: keep it.
    if ('text' in r) return { ...r, key: work.key };
    // A missing folder is the likelier story (unmounted drive, moved library) than one file gone.
    if (!existsSync(dir)) throw new CommandError(`cannot open ${safeLine(r.path)}: the library folder ${safeLine(dir)} is gone (moved, deleted or unmounted?)`);
    throw new CommandError(`cannot open ${safeLine(r.path)}: ${r.reason}`);
  };
  const scan = async () => {
    try {
      return await scanLibraryAsync(dir, { cacheDir, onProgress: progressReporter() });
    } catch (error) {
      if (error instanceof LibraryMissingError) {
        throw new CommandError(
          `${safeLine(error.message)}\nPoint fic-read at a folder of .txt files with --library DIR or FIC_READ_LIBRARY=DIR.`,
        );
      }
      throw error;
    }
  };
  const cached = fast && existsSync(dir) ? readCachedWorks(dir, cacheDir) : null;
  const refresh = (onProgress?: IndexProgress) => scanLibraryAsync(dir, { cacheDir, onProgress });
  if (cached) return { dir, source, works: cached, load, refresh };
  // No index yet and the library screen will show: it indexes on screen, with a progress bar.
  if (fast === 'index-in-ui' && existsSync(dir)) return { dir, source, works: [], load, refresh, indexing: true };
  const { works, warnings } = await scan();
  if (warn) for (const w of warnings) process.stderr.write(`fic-read: skipped ${safeLine(w.path)}: ${safeLine(w.reason)}\n`);
  return { dir, source, works, load, skipped: warnings };
}

/** A progress line on stderr for a long first index (a terminal only; nothing for small libraries). */
function progressReporter(): IndexProgress | undefined {
  if (!process.stderr.isTTY) return undefined;
  const startedAt = Date.now();
  let shown = 0;
  return (done, total, bytes) => {
    const now = Date.now();
    if (total < 200 || (now - shown < 200 && done < total)) return;
    shown = now;
    const line = progressLine({ done, total, bytes, startedAt }, now, (process.stderr.columns || 80) - 10);
    process.stderr.write(`\rIndexing ${line}${done >= total ? '\n' : ''}`);
  };
}

/**
 * Finds `<work>` or throws a CommandError listing close matches. `positions`
 * (the saved places) let a work be found by the id it had when last read,
 * before its file was renamed.
 */
export function pickWork(library: Library, name: string, positions: Record<string, SavedPosition> = {}): WorkEntry {
  const r = resolveWork(library.works, name);
  if ('work' in r) return r.work;
  const renamed = r.error === 'unknown' ? formerly(library.works, positions, name.trim()) : undefined;
  if (renamed) return renamed;
  const why = r.error === 'unknown' ? notAWork(library, name) : undefined;
  if (why) throw new CommandError(why);
  const list = r.candidates.map((w) => `  ${w.id}  (${safeLine(w.title)})`).join('\n');
  if (r.error === 'ambiguous') {
    throw new CommandError(`"${safeLine(name)}" matches several works; be more specific:\n${list}`);
  }
  throw new CommandError(
    `no work matches "${safeLine(name)}".` + (list ? ` Did you mean:\n${list}` : ' Run `fic-read list` to see the works.'),
  );
}

/** Why `name`, which names no work, names a file after all: one the scan skipped, or an older download shown as its newer one. */
function notAWork(library: Library, name: string): string | undefined {
  const q = foldText(name).trim();
  const names = (path: string) => [idFromPath(path), path.replace(/\.txt$/i, ''), path.split('/').pop()!.replace(/\.txt$/i, '')].map(foldText);
  const skipped = library.skipped?.find((w) => names(w.path).includes(q));
  if (skipped) return `${safeLine(skipped.path)} is not in the library: it was skipped (${safeLine(skipped.reason)}).`;
  for (const newer of library.works) {
    const old = newer.older?.find((p) => names(p).includes(q));
    if (old) return `${safeLine(old)} is an older download of "${safeLine(newer.title)}", which the library shows as ${newer.id} (${safeLine(newer.path)}): try \`fic-read read ${newer.id}\`.`;
  }
  return undefined;
}

/** The work whose saved place records `id` as its id when last read (it has been renamed since). */
function formerly(works: WorkEntry[], positions: Record<string, SavedPosition>, id: string): WorkEntry | undefined {
  const keys = Object.entries(positions).filter(([, p]) => p.id === id).map(([key]) => key);
  const found = works.filter((w) => keys.includes(w.key));
  return found.length === 1 ? found[0] : undefined;
}
