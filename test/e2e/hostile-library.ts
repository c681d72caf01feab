/**
 * A library built to attack the terminal: text and file names full of
 * escape sequences, BEL, C1 controls, bidi overrides and invisible format
 * characters, and a scanner that finds any of them in the raw bytes a
 * program wrote.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../cli/run-cli.js';

/** Every kind of hostile sequence at once: clear screen, set title, OSC 52 clipboard, cursor moves, CSI with params, BEL, C1, bidi, format characters. */
export const HOSTILE =
  '\x1b[2J\x1b[H\x1b]0;pwned\x07\x1b]52;c;aGk=\x07\x1b[10;5H\x1b[38;5;196m\x1b[?1049l\x07\x1bc\x1bP1$q\x1b\\' +
  '\u0085\u009b31m\u009d0;pwned\u009c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u200e\u200f\ufeff\u061c\u2028\u2029';

/** {@link HOSTILE} without the line and paragraph separators, for one-line header fields (a separator would end the field). */
export const HOSTILE_INLINE = HOSTILE.replace(/[\u2028\u2029]/g, '');

/** A hostile file or folder name (no `/`, no NUL: everything else goes). */
export const HOSTILE_NAME = 'evil\x1b]0;pwned\x07\x1b[2J\x07\u202ename\u2066\nline\u009b2J';

/** The word searched for in the reader; it sits right next to hostile bytes. */
export const NEEDLE = 'zanzibar';

const para = (n: number, tag: string, bad = HOSTILE) =>
  Array.from({ length: n }, (_, i) => `${tag} ${i}: the rain came down over the valley${i % 3 === 0 ? bad : ''} and she waited by the window, counting the seconds.`).join('\n\n');

/** The main hostile work: header fields, chapter titles and body text all carry {@link HOSTILE}. */
export const HOSTILE_WORK = [
  `Title: Evil${HOSTILE_INLINE}Title`,
  `Author: Mallory${HOSTILE_INLINE}`,
  `Rating: T${HOSTILE_INLINE}`,
  `Summary: A summary${HOSTILE} that tries to take over the terminal.`,
  '',
  `Chapter 1: The${HOSTILE_INLINE}Start`,
  '',
  para(12, 'One'),
  '',
  `Near the ${NEEDLE}${HOSTILE} market${HOSTILE}${NEEDLE} stalls the story went on.`,
  '',
  `Chapter 2: Second${HOSTILE_INLINE}Part`,
  '',
  para(12, 'Two'),
  '',
].join('\n');

/** Where the hostile library lives, and the names in it. */
export interface HostileLibrary {
  dir: string;
}

/**
 * Builds the library in a temp folder: the hostile work (UTF-8), the same
 * attack as raw C1 bytes in a legacy-encoded file (0x9B is CSI on a Latin-1
 * terminal), a file with a hostile name, and a chapter folder whose folder
 * and file names are hostile.
 */
export function buildHostileLibrary(): HostileLibrary {
  const dir = tempDir('fic-hostile-');
  writeFileSync(join(dir, 'hostile.txt'), HOSTILE_WORK);
  const latin = Buffer.concat([
    Buffer.from('Title: Latin \xe9t\xe9 story', 'latin1'),
    Buffer.from([0x9b, 0x32, 0x4a, 0x9d, 0x30, 0x3b, 0x78, 0x9c, 0x81, 0x8d, 0x8f, 0x90, 0x1b, 0x5b, 0x32, 0x4a, 0x07]),
    Buffer.from(`\n\nChapter 1\n\n${para(6, 'Latin', '\x1b]2;pwned\x07\x1b[2J\x07')}\n`, 'latin1'),
    Buffer.from([0x9b, 0x33, 0x31, 0x6d, 0x0a]),
  ]);
  writeFileSync(join(dir, 'latin.txt'), latin);
  writeFileSync(join(dir, `${HOSTILE_NAME}.txt`), `Plain text in a file with a bad name.\n\n${para(4, 'Named')}\n`);
  const folder = join(dir, `folder${HOSTILE_NAME}`);
  mkdirSync(folder);
  for (const n of [1, 2]) writeFileSync(join(folder, `chap\x1b[0m\x07\u202e-${n}.txt`), `Chapter ${n}\n\n${para(3, `Folder${n}`)}\n`);
  return { dir };
}

/** One forbidden thing found in output, with a little context for the failure message. */
export interface Leak {
  what: string;
  at: number;
  context: string;
}

/**
 * The escape sequences fic-read and Ink themselves write: SGR styles and
 * colours, cursor moves and line erases (Ink's redraw), showing/hiding the
 * cursor, the alternate screen, synchronized output. Anything else starting
 * with ESC came from somewhere it should not have.
 */
const ALLOWED_ESCAPES = [
  // The clear before a frame as tall as the screen (Ink's, less ESC[3J: run-app's keepScrollback), tried before the
  // plain cursor move it starts with; the file's bare ESC[2J never matches.
  /^\x1b\[H\x1b\[2J/,
  /^\x1b\[[0-9;]*m/, // SGR
  /^\x1b\[\d*[ABCDG]/, // cursor up/down/forward/back, column
  /^\x1b\[\d*K/, // erase in line
  /^\x1b\[\d*(?:;\d*)?H/, // cursor position
  /^\x1b\[\?(?:25|1049|2026)[hl]/, // cursor, alternate screen, synchronized output
];

// eslint-disable-next-line no-control-regex
const FORBIDDEN_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001A\u001C-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF\u061C\u2028\u2029]/u;

const show = (s: string) => JSON.stringify(s);

/** A ZWNJ/ZWJ between letters or inside an emoji sequence spells something; anywhere else it is a leak. */
function joins(raw: string, i: number): boolean {
  const ok = /[\p{L}\p{M}\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
  const before = Array.from(raw.slice(Math.max(0, i - 2), i)).pop() ?? '';
  const after = Array.from(raw.slice(i + 1, i + 3))[0] ?? '';
  return ok.test(before) && ok.test(after);
}

/**
 * Every forbidden byte in `raw`: an ESC that does not start one of the
 * allowed sequences (so no OSC, no title, no clear screen, no DCS, no reset),
 * and any other C0/C1 control, bidi control or invisible format character.
 * With `terminal`, the sequences Ink and fic-read write themselves are
 * skipped (see ALLOWED_ESCAPES) and CR is allowed; without it (piped
 * output) no ESC and no CR at all.
 */
export function findLeaks(raw: string, opts: { terminal?: boolean } = {}): Leak[] {
  const leaks: Leak[] = [];
  const ctx = (i: number) => show(raw.slice(Math.max(0, i - 30), i + 30));
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\x1b') {
      const rest = raw.slice(i, i + 40);
      const ok = opts.terminal && ALLOWED_ESCAPES.map((re) => re.exec(rest)).find(Boolean);
      if (ok) {
        i += ok[0].length - 1;
        continue;
      }
      leaks.push({ what: `ESC sequence ${show(rest.slice(0, 8))}`, at: i, context: ctx(i) });
    } else if ((c === '\u200c' || c === '\u200d') && joins(raw, i)) {
      continue;
    } else if (FORBIDDEN_CHAR.test(c)) {
      leaks.push({ what: `U+${c.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`, at: i, context: ctx(i) });
    } else if (c === '\r' && !opts.terminal) {
      leaks.push({ what: 'CR', at: i, context: ctx(i) });
    }
  }
  return leaks;
}

/** A readable summary of the first few leaks (empty when there are none), for `expect(...).toBe('')`. */
export function describeLeaks(raw: string, opts: { terminal?: boolean } = {}): string {
  return findLeaks(raw, opts)
    .slice(0, 8)
    .map((l) => `${l.what} at ${l.at}: ${l.context}`)
    .join('\n');
}

/** SGR parameters that set a colour (foreground, background, 256/true colour, defaults). */
export function colourCodes(raw: string): string[] {
  const found: string[] = [];
  for (const m of raw.matchAll(/\x1b\[([0-9;]*)m/g)) {
    const params = m[1].split(';').map(Number);
    if (params.some((p) => (p >= 30 && p <= 49) || (p >= 90 && p <= 107))) found.push(m[0]);
  }
  return found;
}
