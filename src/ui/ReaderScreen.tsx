/**
 * The reader: one page of the current part above a status line, and the
 * overlays reached from it (contents, bookmarks, help, details, the search
 * and note prompts). Keys become actions; the reducers do the rest.
 */
import React, { useEffect, useState } from 'react';
import { Box, Text, useInput } from 'ink';
import { lineIndexAt, pageCount, pageNumber } from '../core/paginate.js';
import { readingProgress } from '../core/reader-state.js';
import { statusLine } from '../core/status-line.js';
import { makeBookmark, sortBookmarks } from '../core/bookmarks-state.js';
import type { LoadedWork, Position } from '../core/types.js';
import type { StateStore } from '../io/store-data.js';
import type { PositionSaver } from '../io/position-saver.js';
import { actionsFor } from './keymaps.js';
import { PageView } from './PageView.js';
import { ReaderOverlay, type Overlay } from './ReaderOverlay.js';
import { useReader } from './use-reader.js';
import { useSearch } from './use-search.js';
import { theme } from './theme.js';
import { TextPrompt } from './TextPrompt.js';
import { truncateToWidth } from '../core/text-width.js';

/** Props of {@link ReaderScreen}. */
export interface ReaderScreenProps {
  work: LoadedWork;
  store: StateStore;
  saver: PositionSaver;
  start: Position;
  columns: number;
  rows: number;
  onBack(): void;
  onQuit(): void;
}

const MOVES: Record<string, Parameters<ReturnType<typeof useReader>['dispatch']>[0]['type']> = {
  nextPage: 'nextPage', prevPage: 'prevPage', lineDown: 'lineDown', lineUp: 'lineUp', halfDown: 'halfDown',
  halfUp: 'halfUp', nextPart: 'nextSection', prevPart: 'prevSection', partStart: 'sectionStart',
  partEnd: 'sectionEnd', wider: 'widthInc', narrower: 'widthDec', resetMeasure: 'widthReset',
};
const OVERLAYS: Record<string, Overlay> = {
  contents: 'contents', bookmarks: 'bookmarks', help: 'help', details: 'details', search: 'search', bookmark: 'note',
};

/** The reading screen for one work. */
export function ReaderScreen({ work, store, saver, start, columns, rows, onBack, onQuit }: ReaderScreenProps) {
  const reader = useReader(work, start, store.getSettings().measure, columns, rows);
  const { state, dispatch, lines, textWidth, pageHeight } = reader;
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [bookmarks, setBookmarks] = useState(() => store.getBookmarks(work.id));
  const search = useSearch(work, (p) => dispatch({ type: 'jumpTo', position: p }), setMessage);
  const { section, offset } = state.position;

  // Every move is saved (debounced by the saver; flushed on exit).
  useEffect(() => {
    saver.update({ workId: work.id, section, offset, progress: readingProgress(work.sections, state.position) });
  }, [work, section, offset]);
  useEffect(() => {
    if (state.width !== store.getSettings().measure) store.setSettings({ measure: state.width });
  }, [state.width]);

  useInput(
    (input, key) => {
      setMessage(null);
      for (const action of actionsFor('reader', input, key)) {
        if (action === 'quit') return onQuit();
        if (action === 'back') return onBack();
        if (MOVES[action]) dispatch({ type: MOVES[action] } as Parameters<typeof dispatch>[0]);
        else if (action === 'nextMatch' || action === 'prevMatch') search.step(state.position, action === 'nextMatch' ? 1 : -1);
        else if (OVERLAYS[action]) return setOverlay(OVERLAYS[action]);
      }
    },
    { isActive: overlay === null },
  );

  const top = lineIndexAt(lines, offset);
  const sectionText = work.text.slice(work.sections[section].start, work.sections[section].end);
  const page = { page: pageNumber(top, pageHeight), pages: pageCount(lines, pageHeight) };
  const status = statusLine(work, state.position, page, columns);

  const saveBookmarks = (list: typeof bookmarks) => {
    const sorted = sortBookmarks(list);
    setBookmarks(sorted);
    store.setBookmarks(work.id, sorted);
  };
  if (overlay && overlay !== 'search' && overlay !== 'note') {
    return (
      <ReaderOverlay
        overlay={overlay}
        work={work}
        position={state.position}
        bookmarks={bookmarks}
        columns={columns}
        rows={rows}
        onClose={() => setOverlay(null)}
        onJump={(position) => {
          dispatch({ type: 'jumpTo', position });
          setOverlay(null);
        }}
        onBookmarks={saveBookmarks}
      />
    );
  }
  const addBookmark = (note: string) => {
    setOverlay(null);
    const at = lines[top]?.start ?? offset;
    saveBookmarks([...bookmarks, makeBookmark({ work, section, offset: at, note: note.trim(), now: Date.now() })]);
    setMessage(note.trim() ? `Bookmarked, with note “${note.trim()}”.` : 'Bookmarked.');
  };
  const prompt =
    overlay === 'note' ? (
      <TextPrompt label="Bookmark note (optional): " width={columns} onSubmit={addBookmark} onCancel={() => setOverlay(null)} />
    ) : overlay === 'search' ? (
      <TextPrompt
        label="Search: "
        width={columns}
        onSubmit={(q) => {
          setOverlay(null);
          search.find(q, state.position);
        }}
        onCancel={() => setOverlay(null)}
      />
    ) : null;
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <PageView lines={lines.slice(top, top + pageHeight)} text={sectionText} textWidth={textWidth} columns={columns} height={pageHeight} highlight={search.highlightIn(section)} />
      {prompt ?? (
        <Text inverse={!message} color={message ? theme.warn : undefined}>
          {message ? truncateToWidth(message, columns) : status}
        </Text>
      )}
    </Box>
  );
}
