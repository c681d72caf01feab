/**
 * The library: one row per work in columns (title, author, parts, words,
 * progress, last read), a header, a footer with key hints and the sort mode,
 * the `/` filter prompt, and the help (`?`) and details (`i`) pages.
 */
import React, { useEffect, useMemo, useState } from 'react';
import { Box, Text } from 'ink';
import { switchTo, useKeys } from './use-keys.js';
import wrapAnsi from 'wrap-ansi';
import { libraryColumns, type Column } from '../core/library-columns.js';
import { safeLine, safeText } from '../core/safe-text.js';
import { openSelected, selectedRow, viewportRows, type SortMode } from '../core/library-state.js';
import { displayWidth, padToWidth, truncateToWidth } from '../core/text-width.js';
import type { WorkSummary } from '../core/types.js';
import type { StateStore } from '../io/store-data.js';
import { DetailsScreen } from './DetailsScreen.js';
import { HelpScreen } from './HelpScreen.js';
import { actionForKey } from './keymaps.js';
import { theme } from './theme.js';
import { useLibrary } from './use-library.js';

/** Props of {@link LibraryScreen}. */
export interface LibraryScreenProps {
  works: WorkSummary[];
  /** Saved positions give progress and last-read times; the last work read starts selected. */
  store: Pick<StateStore, 'listPositions' | 'lastWork'>;
  /** Shown in the empty-library message. */
  libraryDir?: string;
  width: number;
  height: number;
  onOpen(workId: string): void;
  onQuit(): void;
  /** A one-time message (e.g. `store.notice`), shown until the next key. */
  notice?: string | null;
  initialSort?: SortMode;
  onSortChange?(sort: SortMode): void;
  /** Clock for "3 days ago" (tests). */
  now?: number;
  isActive?: boolean;
  /** Shown instead while the window is too small; the list keeps its cursor, filter and page meanwhile. */
  cover?: React.ReactNode;
}

const line = (cols: Column[], cell: (c: Column) => string) =>
  cols.map((c) => padToWidth(cell(c), c.width, c.right ? 'right' : 'left')).join('  ');

/** The library list with its header, footer, filter prompt, and help/details pages. */
export function LibraryScreen(props: LibraryScreenProps) {
  const { works, width, height, onOpen, onQuit, isActive = true } = props;
  const [view, setView] = useState<'list' | 'help' | 'details'>('list');
  const [notice, setNotice] = useState(props.notice ?? null);
  // A notice can arrive after the first frame (the library folder went away, a save failed): show it then.
  useEffect(() => {
    if (props.notice) setNotice(props.notice);
  }, [props.notice]);
  // A notice can quote a path (a moved-aside state file, a skipped work): sanitised like any name.
  const noticeLines = notice ? wrapAnsi(safeText(notice), Math.max(10, width), { hard: true }).split('\n').slice(0, 5) : [];
  const listHeight = Math.max(1, height - 3 - noticeLines.length);
  const lib = useLibrary({ works, store: props.store, height: listHeight, initialSort: props.initialSort });
  const { state } = lib;
  const now = props.now ?? Date.now();

  useKeys(
    (ev) => {
      if (notice) setNotice(null);
      const s = lib.current();
      if (s.filtering) {
        if (ev.name === 'Esc') lib.dispatch({ type: 'filterClear' });
        else if (ev.name === 'Enter') lib.dispatch({ type: 'filterAccept' });
        else if (ev.name === 'Backspace') lib.dispatch({ type: 'filterBackspace' });
        else if (ev.name === 'Ctrl-C') return switchTo(onQuit);
        else if (ev.text) lib.dispatch({ type: 'filterType', text: ev.text });
        return;
      }
      const action = actionForKey('library', ev);
      switch (action) {
        case 'up':
        case 'down':
        case 'top':
        case 'bottom':
        case 'pageUp':
        case 'pageDown':
          lib.dispatch({ type: action });
          return;
        case 'sort': {
          const { sort } = lib.dispatch({ type: 'cycleSort' });
          props.onSortChange?.(sort);
          return;
        }
        case 'filter':
          lib.dispatch({ type: 'startFilter' });
          return;
        case 'clearFilter':
          lib.dispatch({ type: 'filterClear' });
          return;
        case 'open': {
          const id = openSelected(s);
          return id ? switchTo(() => onOpen(id)) : undefined;
        }
        case 'details':
          return selectedRow(s) ? switchTo(() => setView('details')) : undefined;
        case 'help':
          return switchTo(() => setView('help'));
        case 'quit':
          return switchTo(onQuit);
      }
    },
    { isActive: isActive && view === 'list' },
  );

  // Fitted to every work, not just the filtered ones, so the columns stay put while filtering.
  const cols = useMemo(() => libraryColumns(width, state.all), [width, state.all]);
  const back = () => setView('list');
  const sel = selectedRow(state);
  if (props.cover) return <>{props.cover}</>;
  if (view === 'help') return <HelpScreen screen="library" width={width} height={height} onClose={back} isActive={isActive} />;
  if (view === 'details' && sel) {
    const info = { progress: sel.lastRead === undefined ? undefined : sel.progress, lastRead: sel.lastRead, now };
    return <DetailsScreen work={sel.work} {...info} width={width} height={height} onClose={back} isActive={isActive} />;
  }

  const n = (k: number) => k.toLocaleString('en-US'); // as the indexing progress counts files: 10,000
  const count = state.filter ? `${n(state.visible.length)} of ${n(works.length)} works` : `${n(works.length)} ${works.length === 1 ? 'work' : 'works'}`;
  const title = `fic-read · ${count}${state.filter ? ` matching “${state.filter}”` : ''} · sort: ${state.sort}`;
  const footer = state.filtering
    ? `/${state.filter}▏  Enter keep · Esc clear`
    : [
        `j/k move · Enter open · / filter · s sort: ${state.sort} · i details · ? help · q quit`,
        `Enter open · / filter · s sort: ${state.sort} · ? help · q quit`,
        `s sort: ${state.sort} · ? help · q quit`,
      ].find((f) => displayWidth(f) <= width) ?? '? help · q quit';

  let body: React.ReactNode;
  let rowsOnly = false;
  if (works.length === 0) {
    const dir = safeLine(props.libraryDir ?? 'the library folder');
    // One command per line, so none is broken across lines.
    const msg = [
      `No works found in ${dir}.`,
      'Put .txt files there, or point fic-read at your own folder:',
      '  fic-read library DIR      remember DIR as your library',
      '  fic-read --library DIR    use DIR this once',
      '  FIC_READ_LIBRARY=DIR      the same, from the environment',
    ];
    body = (
      <Box flexDirection="column">
        {msg.map((l, i) => (
          <Box key={i} paddingLeft={l.startsWith(' ') ? 2 : 0}>
            <Text>{wrapAnsi(l.trim(), Math.max(10, width - 3), { hard: true })}</Text>
          </Box>
        ))}
      </Box>
    );
  } else if (state.visible.length === 0) {
    body = <Text>{truncateToWidth(`No works match “${state.filter}”. Esc clears the filter.`, width)}</Text>;
  } else {
    // The viewport follows a shrunk window one render later: till then, the rows around the cursor that fit.
    // No more rows than the box holds, each exactly `width` cells (padToWidth): the box needs no clipping,
    // which would measure and cut every row again (a tenth of the first frame).
    rowsOnly = true;
    const view = viewportRows(state);
    const from = Math.max(0, state.cursor - state.scroll - listHeight + 1);
    body = view.slice(from, from + listHeight).map((r, i) => {
      const selected = state.scroll + from + i === state.cursor;
      const text = line(cols, (c) => c.cell(r, now));
      // Ink drops a line's trailing blanks anyway, after turning each into a styled cell: only the
      // highlighted row needs them (its bar spans the width).
      return (
        <Text key={r.work.id} inverse={selected} bold={selected}>
          {selected ? `▸ ${text}` : `  ${text}`.trimEnd()}
        </Text>
      );
    });
  }

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={theme.accent}>
        {truncateToWidth(title, width)}
      </Text>
      <Text dimColor>{works.length ? '  ' + line(cols, (c) => c.label) : ' '}</Text>
      <Box flexDirection="column" height={listHeight} overflow={rowsOnly ? undefined : 'hidden'}>
        {body}
      </Box>
      {noticeLines.length ? <Text color={theme.warn}>{noticeLines.join('\n')}</Text> : null}
      <Text dimColor={!state.filtering} color={state.filtering ? theme.highlight : undefined}>
        {truncateToWidth(footer, width)}
      </Text>
    </Box>
  );
}
