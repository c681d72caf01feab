/**
 * Output guard: anything printed that did not come from normalised text
 * (file names, paths, metadata typed by users) passes through here so no
 * control sequence can reach the terminal.
 */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/** Replaces control characters (even TAB) with a visible U+FFFD placeholder; keeps newlines. */
export function safeText(s: string): string {
  return s.replace(CONTROL, '\uFFFD');
}

/** Like {@link safeText}, and newlines too: for one-line fields. */
export function safeLine(s: string): string {
  return safeText(s).replace(/\n/g, ' ');
}
