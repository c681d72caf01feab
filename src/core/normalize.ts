/**
 * Text clean-up applied to every decoded file before structure detection:
 * one line-ending convention, no BOM, and no control characters that could
 * reach the terminal.
 */

/**
 * Characters that must never reach a terminal: C0 controls except TAB and LF
 * (CR is handled as a line ending first), DEL, C1 controls (U+0080-U+009F,
 * e.g. U+009B CSI), bidi embeddings/overrides/isolates, and U+FEFF.
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Removes characters that could control a terminal. Keeps TAB and LF. */
export function stripControls(text: string): string {
  return text.replace(UNSAFE, '');
}

/**
 * CRLF, CR and LF become LF; a leading BOM goes; control characters go.
 * Lines that hold only whitespace (including NBSP, U+3000) are kept as they
 * are: structure detection treats them as blank.
 */
export function normalizeText(text: string): string {
  let t = text;
  if (t.charCodeAt(0) === 0xfeff) t = t.slice(1);
  if (t.includes('\r')) t = t.replace(/\r\n?/g, '\n');
  return stripControls(t);
}

/** True for a line that is empty or only whitespace (NBSP and ideographic space included). */
export function isBlankLine(line: string): boolean {
  return /^[\s\u00a0\u3000]*$/.test(line);
}
