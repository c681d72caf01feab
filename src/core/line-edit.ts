/**
 * One-line text editing as a pure function, for the `/` search prompt and
 * bookmark notes: typed or pasted text appends, Backspace removes the last
 * character (a whole grapheme, so an emoji or accented letter goes at once),
 * Ctrl-U clears, Ctrl-W removes the last word, Enter submits, Esc cancels.
 * Control characters are never inserted.
 */
import { displayWidth } from './text-width.js';

/** One key press, as `splitKeys` in `ui/keymaps` produces it (name as in the keymap tables). */
export interface LineKey {
  name: string;
  /** The text the key types; '' for special keys. */
  text: string;
}

/** The line after one key, and whether the key ended the editing. */
export interface LineEditResult {
  value: string;
  done?: 'submit' | 'cancel';
}

// C0/C1 controls, DEL, and bidi overrides that could reorder what the terminal shows.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** `text` without control characters; tabs and newlines (pasted) become spaces. */
export function cleanText(text: string): string {
  return text.replace(/[\t\r\n]+/g, ' ').replace(CONTROL, '');
}

/** `value` with `text` appended, control characters dropped. */
export function appendText(value: string, text: string): string {
  return value + cleanText(text);
}

/** `value` without its last grapheme. */
export function deleteLast(value: string): string {
  const parts = Array.from(segmenter.segment(value), (s) => s.segment);
  return parts.slice(0, -1).join('');
}

/** `value` without its last word (and the spaces after it). */
export function deleteWord(value: string): string {
  return value.replace(/\S*\s*$/u, '');
}

/** Applies one key to `value`. Unknown special keys leave it as it is. */
export function editLine(value: string, key: LineKey): LineEditResult {
  switch (key.name) {
    case 'Enter':
      return { value, done: 'submit' };
    case 'Esc':
      return { value, done: 'cancel' };
    case 'Backspace':
      return { value: deleteLast(value) };
    case 'Ctrl-U':
      return { value: '' };
    case 'Ctrl-W':
      return { value: deleteWord(value) };
    default:
      return { value: key.text ? appendText(value, key.text) : value };
  }
}

/** The end of `value` that fits in `width` columns, so the part being typed stays in sight. */
export function visibleTail(value: string, width: number): string {
  if (width <= 0) return '';
  if (displayWidth(value) <= width) return value;
  const parts = Array.from(segmenter.segment(value), (s) => s.segment);
  let out = '';
  let used = 1; // the leading '…'
  for (let i = parts.length - 1; i >= 0; i--) {
    const w = displayWidth(parts[i]);
    if (used + w > width) break;
    out = parts[i] + out;
    used += w;
  }
  return '…' + out;
}
