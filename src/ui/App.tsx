/**
 * The app: the library or the reader, full screen, with a "make the window
 * larger" page when the terminal is too small to read in.
 */
import React, { useState } from 'react';
import { Box, Text, useApp, useInput } from 'ink';
import { startPosition } from '../core/start-position.js';
import type { LoadedWork } from '../core/types.js';
import type { PositionSaver } from '../io/position-saver.js';
import type { StateStore } from '../io/store-data.js';
import { LibraryScreen } from './LibraryScreen.js';
import { ReaderScreen } from './ReaderScreen.js';
import { useTerminalSize } from './use-terminal-size.js';

/** Open a work straight away (`fic-read read`, `fic-read continue`). */
export interface OpenRequest {
  workId: string;
  part?: number;
}

/** Props of {@link App}. */
export interface AppProps {
  works: LoadedWork[];
  libraryDir: string;
  store: StateStore;
  saver: PositionSaver;
  open?: OpenRequest;
}

/** Smallest terminal the reader draws in. */
export const MIN_COLUMNS = 20;
export const MIN_ROWS = 6;

type Screen = { name: 'library' } | { name: 'reader'; request: OpenRequest };

/** The whole app. */
export function App({ works, libraryDir, store, saver, open }: AppProps) {
  const { exit } = useApp();
  const { width, height } = useTerminalSize();
  const [screen, setScreen] = useState<Screen>(open ? { name: 'reader', request: open } : { name: 'library' });
  const [notice, setNotice] = useState(store.notice);
  // Ctrl-C quits from anywhere, whatever screen has the keys.
  useInput((input, key) => {
    if (key.ctrl && input === 'c') exit();
  });

  if (width < MIN_COLUMNS || height < MIN_ROWS) {
    return (
      <Box width={width} height={height}>
        <Text wrap="wrap">Make the window larger to read ({MIN_COLUMNS}×{MIN_ROWS} at least).</Text>
      </Box>
    );
  }
  const work = screen.name === 'reader' ? works.find((w) => w.id === screen.request.workId) : undefined;
  if (screen.name === 'reader' && work) {
    const saved = store.getPosition(work.id);
    return (
      <ReaderScreen
        key={work.id}
        work={work}
        store={store}
        saver={saver}
        start={startPosition(work, saved, screen.request.part)}
        columns={width}
        rows={height}
        onBack={() => {
          saver.flush();
          setScreen({ name: 'library' });
        }}
        onQuit={() => exit()}
      />
    );
  }
  return (
    <Box width={width} height={height} flexDirection="column">
      <LibraryScreen
        works={works}
        store={store}
        libraryDir={libraryDir}
        width={width}
        height={height}
        notice={notice}
        onOpen={(workId) => {
          setNotice(null);
          setScreen({ name: 'reader', request: { workId } });
        }}
        onQuit={() => exit()}
      />
    </Box>
  );
}
