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

// What JSON.stringify leaves raw but a terminal would act on: DEL, C1 controls, bidi controls, BOM, line/paragraph separators.
const JSON_UNSAFE = /[\u007F-\u009F\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069\uFEFF]/g;

/**
 * `value` as indented JSON with every character a terminal could act on
 * written as a `\uXXXX` escape: the data stays exact for scripts (a file
 * name is still the file's name), and nothing raw reaches the screen.
 */
export function safeJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(JSON_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`) + '\n';
}
