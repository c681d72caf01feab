/**
 * Output guard: anything printed that did not come from normalised text
 * (file names, paths, metadata typed by users) passes through here so no
 * control sequence can reach the terminal. `normalize` and `line-edit` use
 * the same character set, so file text, names and typed notes are held to
 * one rule.
 */

/**
 * What a terminal acts on or draws unpredictably, as the body of a regexp
 * character class: C0 controls but TAB and LF, DEL, C1 controls (U+009B is
 * CSI by itself), the Arabic letter mark, invisible separators (U+180E,
 * U+200B), direction marks, line/paragraph separators, bidi embeddings,
 * overrides and isolates, invisible operators and deprecated format
 * characters (U+2060-U+206F), the BOM and interlinear annotation marks.
 * The joiners U+200C/U+200D are handled by {@link dropStrayJoiners}.
 */
export const UNSAFE_CHARS =
  '\\u0000-\\u0008\\u000B-\\u001F\\u007F-\\u009F\\u061C\\u180E\\u200B\\u200E\\u200F\\u2028-\\u202E\\u2060-\\u206F\\uFEFF\\uFFF9-\\uFFFB';

const UNSAFE = new RegExp(`[\\u0009${UNSAFE_CHARS}]`, 'g');
const JOINER = /[\u200C\u200D]/g;
const JOINED = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;

/** True for a character a ZWNJ/ZWJ may join (see dropStrayJoiners). */
export function joins(cp: number | undefined): boolean {
  return cp !== undefined && JOINED.test(String.fromCodePoint(cp));
}

/**
 * Removes ZWNJ/ZWJ except where they join something: between letters
 * (Persian, Indic scripts need them to spell words) or inside an emoji
 * sequence (👩‍👩‍👧). Anywhere else they are invisible junk that makes the
 * terminal's idea of a line's width differ from ours.
 */
export function dropStrayJoiners(s: string): string {
  if (!s.includes('\u200C') && !s.includes('\u200D')) return s;
  return s.replace(JOINER, (j, at: number) => {
    // The character before may be the low half of a surrogate pair (an emoji).
    const before = at >= 2 && /[\uDC00-\uDFFF]/.test(s[at - 1]) ? s.codePointAt(at - 2) : s.codePointAt(at - 1);
    return joins(before) && joins(s.codePointAt(at + 1)) ? j : '';
  });
}

/**
 * Whole terminal control sequences, so a file's `ESC[2J` or
 * `ESC]0;title BEL` leaves no `[2J` debris in the text: CSI (7-bit and
 * C1), terminated OSC/DCS/SOS/PM/APC strings, and two-byte escapes. An
 * unterminated string loses only its opening `ESC ]`, so a stray one cannot
 * swallow a paragraph.
 */
// eslint-disable-next-line no-control-regex
const SEQUENCE = /(?:\x1b\[|\u009b)[0-?]*[ -/]*[@-~]|(?:\x1b[\]PX^_]|[\u0090\u0098\u009d-\u009f])[^\x07\x1b\u009c\n]{0,512}(?:\x07|\x1b\\|\u009c)|\x1b[ -/]*[0-~]/g;

/** `s` without whole escape sequences (see SEQUENCE); lone control characters are left for the caller's rule. */
export function stripSequences(s: string): string {
  return s.replace(SEQUENCE, '');
}

/** Replaces control characters (even TAB) with a visible U+FFFD placeholder; keeps newlines. */
export function safeText(s: string): string {
  return dropStrayJoiners(s).replace(UNSAFE, (c) => (c === '\u2028' || c === '\u2029' ? '\n' : '\uFFFD'));
}

/** Like {@link safeText}, and newlines too: for one-line fields. */
export function safeLine(s: string): string {
  return safeText(s).replace(/\n/g, ' ');
}

// What JSON.stringify leaves raw but a terminal would act on (C0 it escapes itself), plus both joiners.
const JSON_UNSAFE = new RegExp(`[${UNSAFE_CHARS.replace('\\u0000-\\u0008\\u000B-\\u001F', '')}\\u200C\\u200D]`, 'g');

/**
 * `value` as indented JSON with every character a terminal could act on
 * written as a `\uXXXX` escape: the data stays exact for scripts (a file
 * name is still the file's name), and nothing raw reaches the screen.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
