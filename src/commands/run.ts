/**
 * Dispatches a parsed command. Non-interactive commands print and return;
 * interactive ones need a terminal on both ends (else exit 2) and start Ink.
 */
import { CommandError, openLibrary, pickWork, type GlobalOptions, type Library } from './context.js';
import type { SavedPosition } from '../io/store-data.js';
import { formatInfo, formatList, workJson } from './list.js';
import { renderPlain } from '../core/render-plain.js';
import { safeJson, safeLine, safeText } from '../core/safe-text.js';
import { openStore } from '../io/store.js';
import { formatBookmarks, missingWork } from './bookmarks.js';
import { formatStats } from './stats.js';
import { partSection } from '../core/start-position.js';
import { adoptKeys } from '../core/adopt-keys.js';

/** Options of any command, merged with the global ones. */
export interface CommandOptions extends GlobalOptions {
  json?: boolean;
  part?: number;
  width?: number;
  dir?: string;
}

const out = (s: string): void => {
  process.stdout.write(s);
};
const isTerminal = () => Boolean(process.stdin.isTTY && process.stdout.isTTY);

/** Runs one command. Throws CommandError for user errors. */
export async function runCommand(name: string, opts: CommandOptions, workName?: string): Promise<void> {
  const store = openStore(opts.configDir);
  if (store.notice) process.stderr.write(`fic-read: ${safeText(store.notice)}\n`);
  const configured = store.getSettings().library;
  if (name === 'set-library') return setLibrary(opts, store);
  // Say so before any scanning when the reader cannot run here.
  if (name === 'library') requireTerminal('The library screen');
  if (name === 'continue') requireTerminal('`continue`');
  // The full-screen reader starts from the index cache and checks the files after its first frame.
  const fullScreen = name === 'library' ? 'index-in-ui' : name === 'continue' || (name === 'read' && Boolean(process.stdout.isTTY));
  const started = Date.now();
  // Files that are skipped are news when listing or indexing; `info`, `read` and the rest need not repeat it.
  const library = await openLibrary(opts, configured, fullScreen, name === 'list' || name === 'index');
  // State saved for an older version of a work (even one whose opening was edited) follows it.
  library.works = adoptKeys(library.works, store.listPositions());
  const refresh = library.refresh;
  if (refresh) {
    library.refresh = async (onProgress) => {
      const r = await refresh(onProgress);
      return { ...r, works: adoptKeys(r.works, store.listPositions()) };
    };
  }
  switch (name) {
    case 'list':
      return out(opts.json ? safeJson(library.works.map(workJson)) : formatList(library.works));
    case 'info': {
      const work = pickWork(library, workName ?? '', store.listPositions());
      return out(opts.json ? safeJson({ ...workJson(work), sections: sectionsJson(library.load(work)) }) : formatInfo(work));
    }
    case 'index': {
      const bytes = library.works.reduce((n, w) => n + w.bytes, 0);
      const size = bytes < 1048576 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / 1048576).toFixed(1)} MB`;
      return out(`Indexed ${library.works.length.toLocaleString('en-US')} works (${size}) in ${((Date.now() - started) / 1000).toFixed(1)} s: ${safeLine(library.dir)}\n`);
    }
    case 'stats':
      return out(formatStats(store, library.works, Boolean(opts.json)));
    case 'bookmarks': {
      if (!workName) return out(formatBookmarks(library.works, store, Boolean(opts.json), library.load, true));
      let work;
      try {
        work = pickWork(library, workName, store.listPositions());
      } catch (error) {
        // A bookmarked work whose file is gone is still named by the title it had.
        const key = error instanceof CommandError ? missingWork(store, library.works, workName) : undefined;
        if (!key) throw error;
        return out(formatBookmarks([], store, Boolean(opts.json), library.load, key));
      }
      return out(formatBookmarks([work], store, Boolean(opts.json), library.load));
    }
    case 'read': {
      const work = await pickChecked(library, workName ?? '', store.listPositions());
      if (opts.part !== undefined && opts.part > work.parts.length) {
        throw new CommandError(`${work.id} has ${work.parts.length === 1 ? 'only one part' : `${work.parts.length} parts`}; --part ${opts.part} is past the end.`);
      }
      if (!process.stdout.isTTY) {
        const loaded = library.load(work);
        const section = opts.part === undefined ? undefined : partSection(loaded, opts.part);
        return out(renderPlain(loaded, opts.width ?? 80, section));
      }
      requireTerminal('The reader');
      return interactive({ library, store, open: { workId: work.id, part: opts.part } });
    }
    case 'continue': {
      const last = store.lastWork();
      let work = last ? library.works.find((w) => w.key === last) : undefined;
      // A re-downloaded work is recognised only once its files are checked (its key is adopted then).
      if (!work && last && library.refresh) {
        library.works = (await library.refresh()).works;
        delete library.refresh;
        work = library.works.find((w) => w.key === last);
      }
      if (!work) throw new CommandError('nothing to continue yet: open a work with `fic-read` first.');
      return interactive({ library, store, open: { workId: work.id } });
    }
    default:
      return interactive({ library, store });
  }
}

/**
 * {@link pickWork}, and when the name matches nothing in an index taken
 * from the cache unchecked, again after checking the files: a file just
 * added to the library opens at once, and a skipped one is explained.
 */
async function pickChecked(library: Library, name: string, positions: Record<string, SavedPosition>) {
  try {
    return pickWork(library, name, positions);
  } catch (error) {
    if (!(error instanceof CommandError) || !library.refresh) throw error;
    const r = await library.refresh();
    library.works = r.works;
    library.skipped = r.warnings;
    delete library.refresh;
    return pickWork(library, name, positions);
  }
}

function sectionsJson(work: import('../core/types.js').LoadedWork) {
  return work.sections.map((s) => ({ kind: s.kind, title: s.title, subtitle: s.subtitle, words: s.words, chars: s.end - s.start }));
}

function requireTerminal(what: string): void {
  if (!isTerminal()) {
    throw new CommandError(`${what} needs a terminal (stdin and stdout must be a TTY). Try \`fic-read list\` or \`fic-read read <work> | less\`.`, 2);
  }
}

async function setLibrary(opts: CommandOptions, store: ReturnType<typeof openStore>): Promise<void> {
  if (!opts.dir) {
    const lib = await openLibrary(opts, store.getSettings().library);
    return out(`${safeLine(lib.dir)} (${lib.source}, ${lib.works.length} works)\n`);
  }
  const lib = await openLibrary({ ...opts, library: opts.dir });
  store.setSettings({ library: lib.dir });
  out(`Library set to ${safeLine(lib.dir)} (${lib.works.length} works).\n`);
}

async function interactive(args: Parameters<typeof import('../ui/run-app.js').runApp>[0]): Promise<void> {
  const { runApp } = await import('../ui/run-app.js');
  await runApp(args);
  // The reader is closed and its place saved. A library scan may still be running (a first index stopped with
  // Ctrl-C, on worker threads that would keep the process alive until it ends): it is not waited for. The
  // terminal is handed back in cooked mode first, whatever of Ink's clean-up has not run yet.
  if (process.stdin.isTTY) process.stdin.setRawMode(false);
  await new Promise((resolve) => setImmediate(resolve));
  process.exit(0);
}
