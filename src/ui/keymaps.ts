/**
 * Keymaps as data: one table per screen. The key names in the tables are
 * both what the help screen shows and what {@link splitKeys} produces, so
 * lookup is a plain string match.
 *
 * Names: printable characters as themselves (`j`, `G`, `?`), and `Space`,
 * `Enter`, `Esc`, `Tab`, `Backspace`, `↑` `↓` `←` `→`, `PgUp`, `PgDn`,
 * `Home`, `End`, `Ctrl-C` (Ctrl plus an upper-case letter), `Alt-x`.
 */
import type { Key } from 'ink';
import { graphemesOf } from '../core/graphemes.js';

/** One binding: the keys, the action name they trigger, a line of help. */
export interface KeyBinding {
  keys: string[];
  action: string;
  help: string;
}

/** Screens with a keymap. */
export type ScreenName = 'library' | 'reader' | 'contents' | 'bookmarks' | 'details' | 'help';

/** Bindings that work on every screen. */
export const GLOBAL_KEYS: KeyBinding[] = [
  { keys: ['Ctrl-C'], action: 'quit', help: 'Quit fic-read' },
  // Handled by the app itself (it hands the terminal back first); listed so help shows it.
  { keys: ['Ctrl-Z'], action: 'suspend', help: 'Suspend to the shell (fg resumes)' },
];

const listMoves: KeyBinding[] = [
  { keys: ['j', '↓'], action: 'down', help: 'Next item' },
  { keys: ['k', '↑'], action: 'up', help: 'Previous item' },
  { keys: ['PgDn', 'Space'], action: 'pageDown', help: 'Page down' },
  { keys: ['PgUp', 'b'], action: 'pageUp', help: 'Page up' },
  { keys: ['g', 'Home'], action: 'top', help: 'First item' },
  { keys: ['G', 'End'], action: 'bottom', help: 'Last item' },
];

const scrollMoves: KeyBinding[] = [
  { keys: ['j', '↓'], action: 'down', help: 'Scroll down a line' },
  { keys: ['k', '↑'], action: 'up', help: 'Scroll up a line' },
  { keys: ['Space', 'f', 'PgDn'], action: 'pageDown', help: 'Page down' },
  { keys: ['b', 'PgUp'], action: 'pageUp', help: 'Page up' },
  { keys: ['g', 'Home'], action: 'top', help: 'Top' },
  { keys: ['G', 'End'], action: 'bottom', help: 'Bottom' },
];

/** The keymap of every screen. */
export const KEYMAPS: Record<ScreenName, KeyBinding[]> = {
  library: [
    ...listMoves,
    { keys: ['Enter', 'l', '→'], action: 'open', help: 'Open the selected work' },
    { keys: ['/'], action: 'filter', help: 'Filter by title, author, metadata (case and accents ignored), or is:reading, is:caught-up, is:finished, is:not-started, is:updated, is:complete, is:in-progress (Esc clears)' },
    { keys: ['s'], action: 'sort', help: 'Sort: recent, title, author, length, progress' },
    { keys: ['i'], action: 'details', help: 'Details of the selected work' },
    { keys: ['?'], action: 'help', help: 'Help' },
    { keys: ['q'], action: 'quit', help: 'Quit' },
    { keys: ['Esc'], action: 'clearFilter', help: 'Clear the filter' },
  ],
  reader: [
    { keys: ['Space', 'f', 'PgDn', '→', 'l'], action: 'nextPage', help: 'Next page' },
    { keys: ['b', 'PgUp', '←', 'h'], action: 'prevPage', help: 'Previous page' },
    { keys: ['j', '↓'], action: 'lineDown', help: 'Down a line' },
    { keys: ['k', '↑'], action: 'lineUp', help: 'Up a line' },
    { keys: ['d'], action: 'halfDown', help: 'Down half a page' },
    { keys: ['u'], action: 'halfUp', help: 'Up half a page' },
    { keys: [']'], action: 'nextPart', help: 'Next part' },
    { keys: ['['], action: 'prevPart', help: 'Previous part' },
    { keys: ['g', 'Home'], action: 'partStart', help: 'Start of the part' },
    { keys: ['G', 'End'], action: 'partEnd', help: 'End of the part' },
    { keys: ['t'], action: 'contents', help: 'Table of contents' },
    { keys: ['m'], action: 'bookmark', help: 'Bookmark this place' },
    { keys: ['B'], action: 'bookmarks', help: 'Bookmarks' },
    { keys: ['/'], action: 'search', help: 'Search' },
    { keys: ['n'], action: 'nextMatch', help: 'Next match' },
    { keys: ['N'], action: 'prevMatch', help: 'Previous match' },
    { keys: ['i'], action: 'details', help: 'Details of this work' },
    { keys: ['+'], action: 'wider', help: 'Wider text' },
    { keys: ['-'], action: 'narrower', help: 'Narrower text' },
    { keys: ['='], action: 'resetMeasure', help: 'Default text width' },
    { keys: ['?'], action: 'help', help: 'Help' },
    { keys: ['q', 'Esc'], action: 'back', help: 'Back to the library' },
  ],
  contents: [
    ...listMoves,
    { keys: ['Enter', 'l', '→'], action: 'open', help: 'Go to the selected part' },
    { keys: ['?'], action: 'help', help: 'Help' },
    { keys: ['q', 'Esc', 't'], action: 'back', help: 'Back to the text' },
  ],
  bookmarks: [
    ...listMoves,
    { keys: ['Enter', 'l', '→'], action: 'open', help: 'Go to the selected bookmark' },
    { keys: ['e'], action: 'editNote', help: 'Edit the note' },
    { keys: ['x', 'd'], action: 'delete', help: 'Delete the bookmark' },
    { keys: ['u'], action: 'undo', help: 'Undo the last delete' },
    { keys: ['?'], action: 'help', help: 'Help' },
    { keys: ['q', 'Esc', 'B'], action: 'back', help: 'Back' },
  ],
  details: [...scrollMoves, { keys: ['q', 'Esc', 'i'], action: 'back', help: 'Back' }],
  help: [...scrollMoves, { keys: ['q', 'Esc', '?'], action: 'back', help: 'Back' }],
};

/** Screen titles for the help screen. */
export const SCREEN_TITLES: Record<ScreenName, string> = {
  library: 'Library',
  reader: 'Reader',
  contents: 'Contents',
  bookmarks: 'Bookmarks',
  details: 'Details',
  help: 'Help',
};

/** One key press: its name (as in the tables) and the text it types ('' for special keys). */
export interface KeyEvent {
  name: string;
  text: string;
}

/** The name of one character typed on its own. */
function charName(ch: string): KeyEvent {
  if (ch === ' ') return { name: 'Space', text: ' ' };
  if (ch === '\r' || ch === '\n') return { name: 'Enter', text: '' };
  if (ch === '\t') return { name: 'Tab', text: '' };
  if (ch === '\x7f' || ch === '\b') return { name: 'Backspace', text: '' };
  if (ch === '\x1b') return { name: 'Esc', text: '' };
  const code = ch.codePointAt(0) ?? 0;
  if (code >= 1 && code <= 26) return { name: `Ctrl-${String.fromCharCode(code + 64)}`, text: '' };
  if (code < 32) return { name: `Ctrl-${code}`, text: '' };
  return { name: ch, text: ch };
}


/**
 * Turns one Ink `useInput` call into key events. Ink delivers several keys
 * typed quickly (or pasted) as one input string, e.g. "jjj": each character
 * becomes its own event, so every key counts.
 */
export function splitKeys(input: string, key: Key): KeyEvent[] {
  const special = (name: string): KeyEvent[] => [{ name, text: '' }];
  if (key.upArrow) return special('↑');
  if (key.downArrow) return special('↓');
  if (key.leftArrow) return special('←');
  if (key.rightArrow) return special('→');
  if (key.pageUp) return special('PgUp');
  if (key.pageDown) return special('PgDn');
  if (key.home) return special('Home');
  if (key.end) return special('End');
  if (key.return) return special('Enter');
  if (key.escape) return special('Esc');
  if (key.tab) return special(key.shift ? 'Shift-Tab' : 'Tab');
  // Ink reports the Backspace key (DEL, 0x7f) as `delete` and Ctrl-H as `backspace`.
  if (key.backspace || key.delete) return special('Backspace');
  if (key.ctrl && input.length === 1) return special(`Ctrl-${input.toUpperCase()}`);
  if (key.meta && input.length === 1) return special(`Alt-${input}`);
  return Array.from(graphemesOf(input), charName);
}

/** The action bound to one key event on `screen` (global keys included), if any. */
export function actionForKey(screen: ScreenName, ev: KeyEvent): string | undefined {
  for (const b of KEYMAPS[screen]) if (b.keys.includes(ev.name)) return b.action;
  for (const b of GLOBAL_KEYS) if (b.keys.includes(ev.name)) return b.action;
  return undefined;
}

/** The actions of every key in one `useInput` call, in order (unbound keys skipped). */
export function actionsFor(screen: ScreenName, input: string, key: Key): string[] {
  return splitKeys(input, key)
    .map((ev) => actionForKey(screen, ev))
    .filter((a): a is string => a !== undefined);
}

/** The action of a single key press (the first key when Ink batched several), if any. */
export function actionFor(screen: ScreenName, input: string, key: Key): string | undefined {
  return actionsFor(screen, input, key)[0];
}
