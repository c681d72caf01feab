/**
 * What every command needs: the chosen library, scanned, with warnings on
 * stderr, and a clean exit (not a stack trace) when the folder is missing.
 */
import { chooseLibrary, type LibrarySource } from '../io/library-dir.js';
import { resolveCacheDir } from '../io/index-cache.js';
import { LibraryMissingError, scanLibrary, type WorkEntry } from '../io/scan-library.js';
import { openWork } from '../io/open-work.js';
import { resolveWork } from '../core/resolve-work.js';
import { safeLine } from '../core/safe-text.js';
import type { LoadedWork } from '../core/types.js';

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
}

/** Scans the chosen library; warnings go to stderr, one line each. */
export function openLibrary(opts: GlobalOptions, configured?: string): Library {
  const { dir, source } = chooseLibrary(opts.library, process.env, configured);
  try {
    const { works, warnings } = scanLibrary(dir, { cacheDir: resolveCacheDir(opts.configDir) });
    for (const w of warnings) process.stderr.write(`fic-read: skipped ${safeLine(w.path)}: ${w.reason}\n`);
    const load = (work: WorkEntry): LoadedWork => {
      const r = openWork(dir, work);
      // The list's key may have been adopted from an older version's saved state: keep it.
      if ('text' in r) return { ...r, key: work.key };
      throw new CommandError(`cannot open ${safeLine(r.path)}: ${r.reason}`);
    };
    return { dir, source, works, load };
  } catch (error) {
    if (error instanceof LibraryMissingError) {
      throw new CommandError(
        `${safeLine(error.message)}\nPoint fic-read at a folder of .txt files with --library DIR or FIC_READ_LIBRARY=DIR.`,
      );
    }
    throw error;
  }
}

/** Finds `<work>` or throws a CommandError listing close matches. */
export function pickWork(library: Library, name: string): WorkEntry {
  const r = resolveWork(library.works, name);
  if ('work' in r) return r.work;
  const list = r.candidates.map((w) => `  ${w.id}  (${safeLine(w.title)})`).join('\n');
  if (r.error === 'ambiguous') {
    throw new CommandError(`"${safeLine(name)}" matches several works; be more specific:\n${list}`);
  }
  throw new CommandError(
    `no work matches "${safeLine(name)}".` + (list ? ` Did you mean:\n${list}` : ' Run `fic-read list` to see the works.'),
  );
}
