/**
 * The reader: one page of the current part above a status line, and the
 * overlays reached from it (contents, bookmarks, help, details, the search
 * and note prompts). Keys become actions; the reducers do the rest.
 */
import React, { useEffect, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { switchTo, useKeys } from './use-keys.js';
import { countWords } from '../core/count-words.js';
import { pageOf, topLine } from '../core/paginate.js';
import type { ReaderAction } from '../core/reader-state.js';
import { isLastPart, statusLine } from '../core/status-line.js';
import { makeBookmark, sortBookmarks } from '../core/bookmarks-state.js';
import { anchorAt } from '../core/re-anchor.js';
import { truncateToWidth } from '../core/text-width.js';
import type { LoadedWork, Position } from '../core/types.js';
import type { Bookmark, StateStore } from '../io/store-data.js';
import type { PositionSaver } from '../io/position-saver.js';
import { actionForKey } from './keymaps.js';
import { PageView } from './PageView.js';
import { ReaderOverlay, type Overlay } from './ReaderOverlay.js';
import { TextPrompt } from './TextPrompt.js';
import { theme } from './theme.js';
import { useReader } from './use-reader.js';
import { useReadingLog } from './use-reading-log.js';
import { useSearch } from './use-search.js';

/** Props of {@link ReaderScreen}. */
export interface ReaderScreenProps {
  work: LoadedWork;
  store: StateStore;
  saver: PositionSaver;
  start: Position;
  /** Bookmarks as found in this version of the work. */
  bookmarks: Bookmark[];
  /** Parts (0-based ordinals) already read. */
  read: number[];
  /** Shown in the status line until the first key (e.g. "this work was updated"). */
  message?: string | null;
  /** The store's notice (e.g. nothing can be saved): shown when the reader opens and whenever it changes. */
  notice?: string | null;
  columns: number;
  rows: number;
  /**
   * Drawn instead of the page while the window is too small. The reader
   * stays mounted under it, so its place, bookmarks and open overlay are
   * all still there when the window grows (a remount started over).
   */
  cover?: React.ReactNode;
  onBack(): void;
  onQuit(): void;
}

const MOVES: Record<string, ReaderAction['type']> = {
  nextPage: 'nextPage', prevPage: 'prevPage', lineDown: 'lineDown', lineUp: 'lineUp', halfDown: 'halfDown',
  halfUp: 'halfUp', nextPart: 'nextSection', prevPart: 'prevSection', partStart: 'sectionStart',
  partEnd: 'sectionEnd', wider: 'widthInc', narrower: 'widthDec', resetMeasure: 'widthReset',
};
const OVERLAYS: Record<string, Overlay> = {
  contents: 'contents', bookmarks: 'bookmarks', help: 'help', details: 'details', search: 'search', bookmark: 'note',
};

/** The reading screen for one work. */
export function ReaderScreen(props: ReaderScreenProps) {
  const { work, store, saver, start, columns, rows, onBack, onQuit } = props;
  const [measure] = useState(() => store.getSettings().measure);
  const { state, dispatch, current, lines, textWidth, pageHeight } = useReader(work, start, measure, columns, rows);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [message, setMessage] = useState<string | null>(props.message ?? props.notice ?? null);
  const shownNotice = useRef(props.notice);
  useEffect(() => {
    if (props.notice && props.notice !== shownNotice.current) setMessage(props.notice);
    shownNotice.current = props.notice;
  }, [props.notice]);
  const [bookmarks, setBookmarks] = useState(props.bookmarks);
  const search = useSearch(work, (p) => dispatch({ type: 'reveal', position: p }), setMessage);
  const { section, offset } = state.position;
  const top = topLine(lines, offset);
  const pageLines = lines.slice(top, top + pageHeight);
  const atEnd = top + pageHeight >= lines.length;
  const log = useReadingLog(
    work,
    { position: state.position, words: pageLines.reduce((n, l) => n + countWords(l.text), 0), atEnd, atStart: top === 0 },
    store,
    saver,
    props.read,
  );
  // The measure is a setting: remembered for every work, whatever it changed to (back to the default too).
  const savedWidth = useRef(measure);
  useEffect(() => {
    if (state.width === savedWidth.current) return;
    savedWidth.current = state.width;
    store.setSettings({ measure: state.width });
  }, [state.width]);

  useKeys(
    (ev) => {
      setMessage(null);
      const action = actionForKey('reader', ev);
      if (!action) return;
      if (action === 'quit') return switchTo(onQuit);
      // Esc first clears a search highlight, as in less and vim; then it leaves.
      if (action === 'back' && ev.name === 'Esc' && search.active) return search.clear();
      if (action === 'back') return switchTo(onBack);
      // Where the reader is now, after the keys before this one in the same burst.
      const now = current();
      const at = now.state.position.section;
      if (action === 'nextPage' && now.atEnd) {
        const last = isLastPart(work, at);
        if (last) setMessage(endMessage(work));
        // Paging on from a part's end reads it when there was no page to turn inside it (it fits on
        // one page), or at the very end of the work: Space there says "the end" and means it.
        if (last || now.atStart) log.markRead(at);
      }
      if (MOVES[action]) dispatch({ type: MOVES[action] } as ReaderAction);
      else if (action === 'nextMatch' || action === 'prevMatch') search.step(now.state.position, action === 'nextMatch' ? 1 : -1);
      else if (OVERLAYS[action]) return switchTo(() => setOverlay(OVERLAYS[action]));
    },
    { isActive: overlay === null && !props.cover },
  );

  const saveBookmarks = (list: Bookmark[]) => {
    const sorted = sortBookmarks(list);
    setBookmarks(sorted);
    store.setBookmarks(work.key, sorted);
  };
  if (props.cover) return <>{props.cover}</>;
  if (overlay && overlay !== 'search' && overlay !== 'note') {
    return (
      <ReaderOverlay
        overlay={overlay}
        work={work}
        position={state.position}
        bookmarks={bookmarks}
        readParts={log.read}
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
  const at = { section, offset: lines[top]?.start ?? offset };
  // A second `m` at the same place edits that bookmark's note rather than adding a twin.
  const twin = bookmarks.find((b) => b.section === at.section && b.offset === at.offset);
  const addBookmark = (typed: string) => {
    setOverlay(null);
    const note = typed.trim();
    if (twin) {
      if (note !== twin.note) saveBookmarks(bookmarks.map((b) => (b === twin ? { ...b, note } : b)));
      return setMessage(note === twin.note ? 'Already bookmarked here.' : 'Bookmark note updated.');
    }
    const mark = { ...makeBookmark({ work, section, offset: at.offset, note, now: Date.now() }), anchor: anchorAt(work, at) };
    saveBookmarks([...bookmarks, mark]);
    setMessage(note ? `Bookmarked, with note “${note}”.` : 'Bookmarked.');
  };
  const prompt =
    overlay === 'note' ? (
      <TextPrompt
        label={twin ? 'Already bookmarked; note: ' : 'Bookmark note (optional): '}
        initial={twin?.note ?? ''}
        width={columns}
        onSubmit={addBookmark}
        onCancel={() => setOverlay(null)}
        onQuit={onQuit}
      />
    ) : overlay === 'search' ? (
      <TextPrompt
        label="Search: "
        width={columns}
        onSubmit={(q) => {
          setOverlay(null);
          search.find(q, state.position);
        }}
        onCancel={() => setOverlay(null)}
        onQuit={onQuit}
      />
    ) : null;
  const page = pageOf(lines, top, pageHeight);
  const status = statusLine(work, state.position, page, columns, log.wpm, atEnd);
  return (
    <Box flexDirection="column" width={columns} height={rows}>
      <PageView lines={pageLines} text={work.text.slice(work.sections[section].start, work.sections[section].end)} textWidth={textWidth} columns={columns} height={pageHeight} highlight={search.highlightIn(section)} />
      {prompt ?? (
        <Text inverse={!message} color={message ? theme.warn : undefined}>
          {message ? truncateToWidth(message, columns) : status}
        </Text>
      )}
    </Box>
  );
}

/** What the reader is told at the end of the last part. */
function endMessage(work: LoadedWork): string {
  if (work.status === 'in-progress') return 'You are caught up. New parts will show in the library as “+1 new part”.';
  const back = work.sections[work.sections.length - 1]?.kind === 'back' ? ' (the back matter follows)' : '';
  return `The end of ${work.title}${back}.`;
}
