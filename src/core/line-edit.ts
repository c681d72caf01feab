/**
 * One-line text editing as a pure function, for the `/` search prompt and
 * bookmark notes, with the keys a shell's line editor has: typed or pasted
 * text goes in at the cursor; ←/→ (Ctrl-B/Ctrl-F) move a character (a whole
 * grapheme, so an emoji or accented letter is one step), Alt-b/Alt-f a word,
 * Home/End (Ctrl-A/Ctrl-E) to either end; Backspace deletes before the
 * cursor, Ctrl-D at it, Ctrl-W the word before it, Ctrl-U everything before
 * it, Ctrl-K everything after it; Enter submits, Esc cancels. Control
 * characters are never inserted.
 */
import { displayWidth } from './text-width.js';
import { dropStrayJoiners, UNSAFE_CHARS } from './safe-text.js';

/** One key press, as `splitKeys` in `ui/keymaps` produces it (name as in the keymap tables). */
export interface LineKey {
  name: string;
  /** The text the key types; '' for special keys. */
  text: string;
}

/** The text being edited and the cursor (a UTF-16 index on a grapheme boundary). */
export interface LineState {
  value: string;
  cursor: number;
}

/** The line after one key, and whether the key ended the editing. */
export interface LineEditResult {
  line: LineState;
  done?: 'submit' | 'cancel';
}

// The characters no output may hold (see safe-text): a note is printed by `fic-read bookmarks` too.
const CONTROL = new RegExp(`[${UNSAFE_CHARS}]`, 'g');
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` without control characters; tabs and newlines (pasted) become spaces. */
export function cleanText(text: string): string {
  return dropStrayJoiners(text.replace(/[\t\r\n\u2028\u2029]+/g, ' ').replace(CONTROL, ''));
}

/** A line holding `value`, the cursor at its end (where typing continues). */
export function startLine(value = ''): LineState {
  return { value, cursor: value.length };
}

/** Grapheme boundaries of `value`, 0 and value.length included. */
function boundaries(value: string): number[] {
  const out = Array.from(segmenter.segment(value), (s) => s.index);
  out.push(value.length);
  return out;
}

const prevStop = (value: string, at: number) => boundaries(value).filter((b) => b < at).pop() ?? 0;
const nextStop = (value: string, at: number) => boundaries(value).find((b) => b > at) ?? value.length;
/** Start of the word before `at` (spaces before the cursor skipped first). */
const wordBack = (value: string, at: number) => value.slice(0, at).replace(/\S*\s*$/u, '').length;
/** End of the word after `at`. */
const wordForward = (value: string, at: number) => at + (value.slice(at).match(/^\s*\S*/u)?.[0].length ?? 0);

const cut = (l: LineState, from: number, to: number, cursor = from): LineState => ({ value: l.value.slice(0, from) + l.value.slice(to), cursor });
const moveTo = (l: LineState, cursor: number): LineState => ({ ...l, cursor });

/** Applies one key to `line`. Unknown special keys leave it as it is. */
export function editLine(line: LineState, key: LineKey): LineEditResult {
  const { value, cursor } = line;
  const at = (l: LineState): LineEditResult => ({ line: l });
  switch (key.name) {
    case 'Enter':
      return { line, done: 'submit' };
    case 'Esc':
      return { line, done: 'cancel' };
    case '←':
    case 'Ctrl-B':
      return at(moveTo(line, prevStop(value, cursor)));
    case '→':
    case 'Ctrl-F':
      return at(moveTo(line, nextStop(value, cursor)));
    case 'Alt-b':
      return at(moveTo(line, wordBack(value, cursor)));
    case 'Alt-f':
      return at(moveTo(line, wordForward(value, cursor)));
    case 'Home':
    case 'Ctrl-A':
      return at(moveTo(line, 0));
    case 'End':
    case 'Ctrl-E':
      return at(moveTo(line, value.length));
    case 'Backspace':
      return at(cut(line, prevStop(value, cursor), cursor));
    case 'Ctrl-D':
      return at(cut(line, cursor, nextStop(value, cursor)));
    case 'Ctrl-W':
      return at(cut(line, wordBack(value, cursor), cursor));
    case 'Ctrl-U':
      return at(cut(line, 0, cursor));
    case 'Ctrl-K':
      return at(cut(line, cursor, value.length));
    default: {
      const text = key.text ? cleanText(key.text) : '';
      if (!text) return at(line);
      return at({ value: value.slice(0, cursor) + text + value.slice(cursor), cursor: cursor + text.length });
    }
  }
}

/** What of a line is drawn: the text before the cursor, the character under it ('' at the end), and after it. */
export interface VisibleLine {
  before: string;
  at: string;
  after: string;
}

/**
 * The part of `line` that fits in `width` columns with the cursor in sight
 * (one column is kept for the cursor at the end). Cut ends are marked `…`.
 */
export function visibleLine(line: LineState, width: number): VisibleLine {
  const parts = Array.from(segmenter.segment(line.value), (s) => ({ text: s.segment, index: s.index, w: displayWidth(s.segment) }));
  let c = parts.findIndex((p) => p.index >= line.cursor);
  if (c < 0) c = parts.length;
  const cursorW = c < parts.length ? parts[c].w : 1;
  if (width <= cursorW) return { before: '', at: c < parts.length ? parts[c].text : '', after: '' };
  // Grow left from the cursor first (what was just typed), then right.
  let lo = c;
  let hi = c < parts.length ? c + 1 : c;
  let used = cursorW;
  const room = () => width - (lo > 0 ? 1 : 0) - (hi < parts.length ? 1 : 0);
  while (lo > 0 && used + parts[lo - 1].w <= room()) used += parts[--lo].w;
  while (hi < parts.length && used + parts[hi].w <= room()) used += parts[hi++].w;
  const join = (a: number, b: number) => parts.slice(a, b).map((p) => p.text).join('');
  return {
    before: (lo > 0 ? '…' : '') + join(lo, c),
    at: c < parts.length ? parts[c].text : '',
    after: join(c + 1, hi) + (hi < parts.length ? '…' : ''),
  };
}
