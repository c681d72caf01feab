/**
 * The app: the library or the reader, full screen, with a "make the window
 * larger" page when the terminal is too small to read in.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { resumeWork } from '../core/resume.js';
import { safeLine } from '../core/safe-text.js';
import { progressLine, type IndexState } from '../core/index-progress.js';
import type { LoadedWork } from '../core/types.js';
import type { WorkEntry } from '../io/scan-library.js';
import type { PositionSaver } from '../io/position-saver.js';
import type { StateStore } from '../io/store-data.js';
import { LibraryScreen } from './LibraryScreen.js';
import { ReaderScreen } from './ReaderScreen.js';
import { useTerminalSize } from './use-terminal-size.js';
import { KeysProvider } from './use-keys.js';
import { suspendSelf } from './suspend.js';
import { useStoreNotice } from './use-store-notice.js';

/** Open a work straight away (`fic-read read`, `fic-read continue`). */
export interface OpenRequest {
  workId: string;
  part?: number;
}

/** Props of {@link App}. */
export interface AppProps {
  library: {
    dir: string;
    works: WorkEntry[];
    load(work: WorkEntry): LoadedWork;
    refresh?(onProgress?: (done: number, total: number, bytes: number) => void): Promise<{ works: WorkEntry[]; warnings: { path: string; reason: string }[] }>;
    indexing?: boolean;
  };
  store: StateStore;
  saver: PositionSaver;
  open?: OpenRequest;
}

/** Smallest terminal the reader draws in. */
export const MIN_COLUMNS = 20;
export const MIN_ROWS = 6;

/** The "make the window larger" page, as short as the window needs: whole phrases per line, never a ragged wrap. */
function tooSmallLines(width: number): string[] {
  const phrases = ['Make the window', 'larger to read', `(${MIN_COLUMNS}×${MIN_ROWS} at least).`, 'q quits.'];
  const lines: string[] = [];
  for (const p of phrases) {
    const last = lines.length - 1;
    if (last >= 0 && lines[last].length + 1 + p.length <= width) lines[last] += ` ${p}`;
    else lines.push(p);
  }
  return lines;
}

type Screen = { name: 'library' } | { name: 'reader'; request: OpenRequest };

/** The whole app: its screens, with keys routed to them from the first frame. */
export function App(props: AppProps) {
  return (
    <KeysProvider>
      <Screens {...props} />
    </KeysProvider>
  );
}

function Screens({ library, store, saver, open }: AppProps) {
  const { dir: libraryDir } = library;
  const [works, setWorks] = useState(library.works);
  const { exit } = useApp();
  const { width, height } = useTerminalSize();
  const [screen, setScreen] = useState<Screen>(open ? { name: 'reader', request: open } : { name: 'library' });
  const [notice, setNotice] = useStoreNotice(store);
  const [progress, setProgress] = useState<IndexState | null>(
    library.indexing ? { done: 0, total: 0, bytes: 0, startedAt: Date.now() } : null,
  );
  // The first frame came from the index cache (or there is none yet): now check or index the files, and update the rows.
  useEffect(() => {
    if (!library.refresh) return;
    let live = true;
    let shown = 0;
    const onProgress = (done: number, total: number, bytes: number) => {
      // A few redraws a second are enough for a progress bar.
      if (!live || !library.indexing || (Date.now() - shown < 100 && done < total)) return;
      shown = Date.now();
      setProgress((p) => p && { ...p, done, total, bytes });
    };
    const timer = setTimeout(async () => {
      let r;
      try {
        r = await library.refresh!(onProgress);
      } catch (error) {
        // The folder went away under us: keep what the cache showed and say so.
        if (!live) return;
        setProgress(null);
        setNotice(`Could not read the library: ${error instanceof Error ? error.message : String(error)}`);
        return;
      }
      if (!live) return;
      setProgress(null);
      setWorks(r.works);
      if (r.warnings.length) {
        const first = r.warnings[0];
        const more = r.warnings.length > 1 ? ` (and ${r.warnings.length - 1} more; fic-read list shows them)` : '';
        setNotice(`Skipped ${safeLine(first.path)}: ${safeLine(first.reason)}${more}.`);
      }
    }, 30);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, []);
  const openId = screen.name === 'reader' ? screen.request.workId : null;
  // The text is read when a work is opened, never for the whole library.
  const loaded = useMemo(() => {
    const entry = works.find((w) => w.id === openId);
    if (!entry) return null;
    try {
      return library.load(entry);
    } catch (error) {
      return { error: error instanceof Error ? error.message : String(error) };
    }
  }, [openId]);
  // Ctrl-C quits from anywhere, whatever screen has the keys.
  const tooSmall = width < MIN_COLUMNS || height < MIN_ROWS;
  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit();
    // Raw mode turns Ctrl-Z into a key: suspend as the shell would have.
    else if (key.ctrl && input === 'z') suspendSelf();
    // Nothing else can be read or done in a window too small to draw in; the place is saved on the way out.
    else if (tooSmall && (input === 'q' || key.escape)) exit();
  });

  // Where to open, found again by its text if the file changed since the last read.
  const resume = useMemo(() => {
    if (!loaded || 'error' in loaded || screen.name !== 'reader') return null;
    const marks = store.getBookmarks(loaded.key);
    const saved = store.getPosition(loaded.key);
    const r = resumeWork(loaded, saved, marks, screen.request.part);
    if (r.change && marks.length) store.setBookmarks(loaded.key, r.bookmarks);
    return r;
  }, [loaded]);
  const tooSmallPage = tooSmall ? (
    <Box width={width} height={height} flexDirection="column">
      {tooSmallLines(width).map((line, i) => (
        <Text key={i}>{line}</Text>
      ))}
    </Box>
  ) : null;
  // A work whose file vanished since the scan: back to the library, saying why.
  const loadError = loaded && 'error' in loaded ? loaded.error : null;
  const work = loaded && !('error' in loaded) ? loaded : null;
  if (screen.name === 'reader' && work && resume) {
    return (
      <ReaderScreen
        key={work.id}
        work={work}
        store={store}
        saver={saver}
        start={resume.position}
        bookmarks={resume.bookmarks}
        read={resume.read}
        message={resume.message}
        notice={notice}
        // Laid out at the smallest readable size while covered: a 1×1 layout of a long part would be millions of lines.
        columns={Math.max(width, MIN_COLUMNS)}
        rows={Math.max(height, MIN_ROWS)}
        cover={tooSmallPage}
        onBack={() => {
          saver.flush();
          // Already shown in the reader: the library need not say it again.
          setNotice(null);
          setScreen({ name: 'library' });
        }}
        onQuit={() => exit()}
      />
    );
  }
  if (tooSmallPage && progress) return tooSmallPage;
  if (progress) {
    return (
      <Box width={width} height={height} flexDirection="column">
        <Text bold>Indexing {safeLine(libraryDir)}</Text>
        <Text>{progressLine(progress, Date.now(), width)}</Text>
        <Text dimColor>This happens once: later starts read only the files that changed. Ctrl-C stops.</Text>
      </Box>
    );
  }
  return (
    <Box width={width} height={height} flexDirection="column">
      <LibraryScreen
        works={works}
        store={store}
        libraryDir={libraryDir}
        // Kept mounted under the too-small page, as the reader is, so the cursor and filter survive.
        width={Math.max(width, MIN_COLUMNS)}
        height={Math.max(height, MIN_ROWS)}
        cover={tooSmallPage}
        isActive={!tooSmallPage}
        notice={loadError ?? notice}
        initialSort={store.getSettings().sort}
        onSortChange={(sort) => store.setSettings({ sort })}
        onOpen={(workId) => {
          setNotice(null);
          setScreen({ name: 'reader', request: { workId } });
        }}
        onQuit={() => exit()}
      />
    </Box>
  );
}
