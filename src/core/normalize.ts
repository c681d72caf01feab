/**
 * Text clean-up applied to every decoded file before structure detection:
 * one line-ending convention, no BOM, and no control characters that could
 * reach the terminal.
 */
import { dropStrayJoiners, stripSequences, UNSAFE_CHARS } from './safe-text.js';

/**
 * Characters that must never reach a terminal: see `UNSAFE_CHARS` in
 * safe-text (C0 controls except TAB and LF, DEL, C1 controls, bidi
 * controls, invisible format characters, U+FEFF). CR is handled as a line
 * ending first.
 */
const UNSAFE = new RegExp(`[${UNSAFE_CHARS}]`, 'g');

/**
 * Every character any step of {@link normalizeText} acts on: the BOM, CR,
 * U+2028/U+2029 and the starts of escape sequences are all in UNSAFE_CHARS;
 * the joiners are what dropStrayJoiners looks at. Text without any of them
 * comes out unchanged, so one scan (a 10 MB book: ~10 ms) replaces five.
 */
const TOUCHED = new RegExp(`[${UNSAFE_CHARS}\\u200C\\u200D]`);

/** Removes escape sequences and characters that could control a terminal. Keeps TAB and LF. */
export function stripControls(text: string): string {
  return dropStrayJoiners(stripSequences(text).replace(UNSAFE, ''));
}

/**
 * CRLF, CR and LF become LF (so do U+2028/U+2029, which terminals do not
 * treat as line breaks); a leading BOM goes; control characters go.
 * Lines that hold only whitespace (including NBSP, U+3000) are kept as they
 * are: structure detection treats them as blank.
 */
export function normalizeText(text: string): string {
  return TOUCHED.test(text) ? normalizeEveryPass(text) : text;
}

/**
 * {@link normalizeText} without its shortcut for clean text: every pass,
 * always. Kept apart so a property test can hold the two to the same output.
 */
export function normalizeEveryPass(text: string): string {
  let t = text;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  if (/[\u2028\u2029]/.test(t)) t = t.replace(/[\u2028\u2029]/g, '\n');
  return stripControls(t);
}

/** True for a line that is empty or only whitespace (NBSP and ideographic space included). */
export function isBlankLine(line: string): boolean {
  return /^[\s\u00a0\u3000]*$/.test(line);
}
