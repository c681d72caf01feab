/**
 * The bookmarks of the work being read: where each is, its snippet and
 * note, how long ago it was made; Enter goes there, `d` deletes (`u`
 * undoes), `e` edits the note in a prompt at the bottom. The state is
 * `core/bookmarks-state`; every change of the list goes to `onChange`, which
 * saves it.
 */
import React, { useEffect, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { switchTo, useKeys } from './use-keys.js';
import {
  bookmarksReducer,
  initBookmarksState,
  sectionLabel,
  type BookmarksAction,
  type BookmarksState,
} from '../core/bookmarks-state.js';
import { formatAgo } from '../core/format-ago.js';
import { isListMove, visibleRange } from '../core/list-cursor.js';
import { displayWidth, padToWidth, truncateToWidth } from '../core/text-width.js';
import type { LoadedWork, Position } from '../core/types.js';
import type { Bookmark } from '../io/store-data.js';
import { HelpScreen } from './HelpScreen.js';
import { actionForKey } from './keymaps.js';
import { theme } from './theme.js';
import { PromptLine } from './TextPrompt.js';

/** Props of {@link BookmarksScreen}. */
export interface BookmarksScreenProps {
  work: LoadedWork;
  /** The work's bookmarks when the screen opens; from then on the screen owns the list and reports it via `onChange`. */
  bookmarks: Bookmark[];
  width: number;
  height: number;
  onJump(position: Position): void;
  /** The new list after every delete, undo or note edit: save it (`store.setBookmarks`). */
  onChange(list: Bookmark[]): void;
  onClose(): void;
  /** Ctrl-C; without it Ctrl-C closes the list. */
  onQuit?(): void;
  /** Clock for "3 days ago" (tests). */
  now?: number;
  isActive?: boolean;
}

/** Each bookmark takes two lines: where and when, then the note and snippet. */
const LINES_PER_ITEM = 2;
const EMPTY = 'No bookmarks yet — press m while reading to add one.';
const FOOTERS = [
  'j/k move · Enter go to · e edit note · d delete · u undo · q back · ? help',
  'Enter go to · e note · d delete · u undo · ? help',
  '? help · q back',
];

/** The bookmark list of one work. */
export function BookmarksScreen(props: BookmarksScreenProps) {
  const { work, width, height, onJump, onChange, onClose, isActive = true } = props;
  const [view, setView] = useState<'list' | 'help'>('list');
  const perPage = Math.max(1, Math.floor((height - 2) / LINES_PER_ITEM));
  const [state, setState] = useState<BookmarksState>(() => initBookmarksState(props.bookmarks, perPage));
  // Keys batched in one input event each act on the state the previous one left.
  const ref = useRef(state);
  const dispatch = (a: BookmarksAction) => {
    const prev = ref.current;
    const next = bookmarksReducer(prev, a);
    if (next === prev) return;
    ref.current = next;
    setState(next);
    if (next.list !== prev.list) onChange(next.list);
  };
  useEffect(() => dispatch({ type: 'resize', height: perPage }), [perPage]);

  useKeys(
    (ev) => {
      if (ref.current.editing) {
        if (ev.name === 'Enter') dispatch({ type: 'editCommit' });
        else if (ev.name === 'Esc') dispatch({ type: 'editCancel' });
        else if (ev.name === 'Ctrl-C') return switchTo(props.onQuit ?? onClose);
        else dispatch({ type: 'editKey', key: ev });
        return;
      }
      const action = actionForKey('bookmarks', ev);
      const sel = ref.current.list[ref.current.cursor];
      if (isListMove(action)) dispatch({ type: action });
      else if (action === 'open') return sel ? switchTo(() => onJump({ section: sel.section, offset: sel.offset })) : undefined;
      else if (action === 'delete') dispatch({ type: 'delete' });
      else if (action === 'undo') dispatch({ type: 'undo' });
      else if (action === 'editNote') dispatch({ type: 'startEdit' });
      else if (action === 'help') return switchTo(() => setView('help'));
      else if (action === 'back') return switchTo(onClose);
      else if (action === 'quit') return switchTo(props.onQuit ?? onClose);
    },
    { isActive: isActive && view === 'list' },
  );

  if (view === 'help') {
    return <HelpScreen screen="bookmarks" width={width} height={height} onClose={() => setView('list')} isActive={isActive} />;
  }

  const now = props.now ?? Date.now();
  const { start, end } = visibleRange(state, state.list.length);
  const rows = state.list.slice(start, end).map((b, k) => {
    const selected = start + k === state.cursor;
    // createdAt 0 means the time was lost (a hand-edited state file): say nothing rather than "never".
    const ago = b.createdAt > 0 ? formatAgo(b.createdAt, now) : '';
    const placeW = Math.max(4, width - 2 - displayWidth(ago) - 2);
    const head = `${selected ? '▸ ' : '  '}${padToWidth(sectionLabel(work, b.section), placeW)}  ${ago}`;
    // The note is the user's own words, so it goes first and the snippet gets what room is left.
    const note = b.note ? truncateToWidth(`✎ ${b.note}`, width - 4) : '';
    const rest = Math.max(0, width - 4 - displayWidth(note) - (note ? 2 : 0));
    const snippet = b.snippet && rest >= 6 ? truncateToWidth(`“${b.snippet}”`, rest) : '';
    return (
      <Box key={b.id} flexDirection="column">
        <Text inverse={selected} bold={selected}>
          {truncateToWidth(head, width)}
        </Text>
        <Text>
          {'    '}
          {note ? <Text color={theme.highlight}>{note}</Text> : null}
          {note && snippet ? '  ' : ''}
          <Text dimColor>{snippet}</Text>
        </Text>
      </Box>
    );
  });

  const count = state.list.length;
  const title = `Bookmarks — ${work.title} · ${count} ${count === 1 ? 'bookmark' : 'bookmarks'}`;
  let bottom: React.ReactNode;
  if (state.editing) bottom = <PromptLine label="Note: " line={state.editing.draft} width={width} hint="Enter save · Esc cancel" />;
  else if (state.message) bottom = <Text color={theme.warn}>{truncateToWidth(state.message, width)}</Text>;
  else bottom = <Text dimColor>{truncateToWidth(FOOTERS.find((f) => displayWidth(f) <= width) ?? FOOTERS[2], width)}</Text>;

  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={theme.accent}>
        {truncateToWidth(title, width)}
      </Text>
      <Box flexDirection="column" height={Math.max(1, height - 2)} overflow="hidden">
        {count ? rows : <Text>{truncateToWidth(EMPTY, width)}</Text>}
      </Box>
      {bottom}
    </Box>
  );
}
