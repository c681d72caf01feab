/**
 * Terminal safety (issue 6): a library whose text and file names are full of
 * escape sequences, BEL, C1 controls, bidi overrides and invisible format
 * characters is shown through every output path — each command printed to
 * a pipe, and every screen of the full-screen app in a real pty — and the
 * RAW bytes written (not the parsed screen) are scanned: nothing but the
 * app's own styling and cursor sequences may reach the terminal.
 */
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from '../cli/run-cli.js';
import { sessionPool, type PtySession } from './pty-session.js';
import { buildHostileLibrary, colourCodes, describeLeaks, findLeaks, HOSTILE, HOSTILE_NAME, NEEDLE } from './hostile-library.js';

const pool = sessionPool();
afterEach(pool.killAll);
let lib: string;
beforeAll(() => {
  lib = buildHostileLibrary().dir;
});

/** Runs a command against the hostile library; both streams must be clean. */
function cleanRun(args: string[], env: Record<string, string> = {}) {
  const r = runCli([...args, '--library', lib], env);
  expect(describeLeaks(r.stdout), `stdout of ${JSON.stringify(args)}`).toBe('');
  expect(describeLeaks(r.stderr), `stderr of ${JSON.stringify(args)}`).toBe('');
  return r;
}

describe('printed output cannot control the terminal', { timeout: 60000 }, () => {
  it('list, info, read, bookmarks and stats print the works with no control bytes', () => {
    const list = cleanRun(['list']);
    expect(list.stdout).toContain('EvilTitle  by Mallory');
    expect(list.stdout.trim().split('\n')).toHaveLength(4);
    const info = cleanRun(['info', 'hostile']);
    expect(info.stdout).toContain('Chapter 1: TheStart');
    expect(info.stdout).toContain('Rating: T');
    // No debris of the removed sequences is left in the story either.
    const read = cleanRun(['read', 'hostile']);
    expect(read.stdout.split(NEEDLE)).toHaveLength(3);
    expect(read.stdout).not.toContain('[2J');
    for (const work of ['latin', 'folderevil', 'evil-0']) expect(cleanRun(['read', work]).stdout.length).toBeGreaterThan(100);
    expect(cleanRun(['info', 'latin']).stdout).toContain('Latin été story');
    expect(cleanRun(['bookmarks']).stdout).toContain('No bookmarks yet');
    expect(cleanRun(['stats']).stdout).toContain('Nothing read yet');
  });

  it('stats name a work by a hostile title kept in the state file, harmlessly', () => {
    const conf = tempDir('fic-safety-');
    const reading = { '2026-11-20': { gone: { ms: 60000, words: 300, pages: 2 } } };
    const positions = { gone: { section: 0, offset: 0, at: 1, title: `Gone${HOSTILE}Title` } };
    writeFileSync(join(conf, 'config.json'), JSON.stringify({ reading, positions }));
    expect(cleanRun(['stats'], { FIC_READ_CONFIG_DIR: conf }).stdout).toMatch(/Gone Title\s+1 min/);
    expect(JSON.parse(cleanRun(['stats', '--json'], { FIC_READ_CONFIG_DIR: conf }).stdout).works[0].title).toBe('Gone Title');
  });

  it('JSON keeps hostile names exact, as escapes, for scripts', () => {
    const works = JSON.parse(cleanRun(['list', '--json']).stdout) as { path: string; author: string }[];
    expect(works.map((w) => w.path)).toContain(`${HOSTILE_NAME}.txt`);
    expect(works.find((w) => w.path === 'hostile.txt')?.author).toBe('Mallory');
    const info = JSON.parse(cleanRun(['info', 'folder', '--json']).stdout) as { path: string };
    expect(info.path).toBe(`folder${HOSTILE_NAME}`);
    for (const cmd of [['bookmarks', '--json'], ['stats', '--json']]) expect(() => JSON.parse(cleanRun(cmd).stdout)).not.toThrow();
  });

  it('error messages quote hostile arguments and paths harmlessly', () => {
    const unknown = cleanRun(['info', `nope${HOSTILE}`]);
    expect(unknown.stderr).toContain('no work matches');
    expect(cleanRun([`\x1b]0;pwned\x07`]).stderr).toContain('unknown command');
    expect(cleanRun(['list', '--\x1b[2J']).stderr).toContain('unknown option');
    expect(cleanRun(['read', 'hostile', '--part', '\x1b]52;c;aGk=\x07']).stderr).toContain('is invalid');
    const missing = runCli(['list', '--library', join(lib, `gone${HOSTILE_NAME}`)]);
    expect(missing.stderr).toContain('library folder not found');
    expect(describeLeaks(missing.stderr)).toBe('');
    // A corrupt state file in a hostile-named config folder: the notice names its path.
    const conf = join(tempDir(), `conf${HOSTILE_NAME}`);
    mkdirSync(conf);
    writeFileSync(join(conf, 'config.json'), '{"positions": ');
    expect(cleanRun(['list'], { FIC_READ_CONFIG_DIR: conf }).stderr).toMatch(/corrupt|moved aside/i);
  });
});

/** One step of the tour: keys, what to wait for, and the screen's name for failure messages. */
type Step = [keys: string, waitFor: string | RegExp, label: string];

/** A note as a paste would deliver it: an escape sequence, BEL, a bidi override, a C1 control. */
const NOTE = 'note\x1b]0;pwned\x07\x1b[2J\u202ebidi\u0085 end';

const TOUR: Step[] = [
  ['', 'fic-read · 4 works', 'library'],
  // Pasted into the filter: a bidi override, a C1 control and an isolate, which the title bar echoes.
  ['/\u202eev\u0085il\u2066', '3 of 4 works matching “evil”', 'filter'],
  ['\x1b', 'fic-read · 4 works', 'filter cleared'],
  ['i', 'Details —', 'details from the library'],
  ['q', 'fic-read · 4 works', 'library again'],
  ['?', 'fic-read help —', 'library help'],
  ['q', 'fic-read · 4 works', 'library again'],
  ['/mallory\r', '1 of 4 works', 'filtered to the hostile work'],
  ['\r', 'Part 1/2', 'reader'],
  [' ', 'p. 2/', 'paged on'],
  [`/${NEEDLE}\r`, /match \d of 2/, 'search result'],
  ['\x1b', 'Part 1/2', 'search cleared'],
  ['t', 'Contents —', 'contents'],
  ['q', 'Part 1/2', 'reader again'],
  ['m', 'Bookmark note', 'note prompt'],
  [NOTE, 'end', 'note typed'],
  ['\r', 'Bookmarked', 'bookmarked'],
  ['B', 'Bookmarks —', 'bookmarks'],
  ['q', 'Part 1/2', 'reader again'],
  ['i', 'Details —', 'details from the reader'],
  ['q', 'Part 1/2', 'reader again'],
  ['?', 'fic-read help —', 'reader help'],
  ['q', 'Part 1/2', 'reader again'],
  ['q', 'fic-read · 4 works', 'back to the library'],
];

/** Walks every screen; returns the offset in the raw output where each step's bytes start. */
async function tour(app: PtySession): Promise<[number, string][]> {
  const marks: [number, string][] = [];
  for (const [keys, wait, label] of TOUR) {
    marks.push([app.output().length, label]);
    if (keys) app.write(keys);
    await app.waitFor(wait);
  }
  app.write('q');
  expect(await app.exited).toBe(0);
  return marks;
}

/** The leaks in a session's raw output, each named by the screen that wrote it. */
function leaksByScreen(raw: string, marks: [number, string][]): string[] {
  return findLeaks(raw, { terminal: true }).slice(0, 10).map((l) => {
    const screen = [...marks].reverse().find(([at]) => at <= l.at)?.[1] ?? 'start';
    return `${screen}: ${l.what} ${l.context}`;
  });
}

describe('the full-screen app cannot be made to control the terminal', { timeout: 120000 }, () => {
  it('every screen, with colours, writes only its own sequences; the hostile note prints clean later', async () => {
    const conf = tempDir('fic-safety-');
    const app = pool.start(['--library', lib], { FIC_READ_CONFIG_DIR: conf, FORCE_COLOR: undefined, NO_COLOR: undefined });
    const marks = await tour(app);
    const raw = app.output();
    expect(leaksByScreen(raw, marks)).toEqual([]);
    // The ones a user would feel most: a new window title, the clipboard, a bell, a wiped screen.
    expect(raw).not.toContain('\x1b]');
    expect(raw).not.toContain('\x07');
    expect(raw.split('\x1b[2J').length).toBe(raw.split('\x1b[H\x1b[2J').length);
    // and the user's scrollback survives the session: no "erase saved lines" ever
    expect(raw).not.toContain('\x1b[3J');
    expect(raw).not.toMatch(/[\u0080-\u009f\u202a-\u202e\u2066-\u2069]/);
    // The control: colours were on, so the NO_COLOR test below means something.
    expect(colourCodes(raw).length).toBeGreaterThan(0);
    const marksOut = cleanRun(['bookmarks'], { FIC_READ_CONFIG_DIR: conf });
    expect(marksOut.stdout).toMatch(/note.*bidi.*end/);
    expect(cleanRun(['bookmarks', '--json'], { FIC_READ_CONFIG_DIR: conf }).stdout).toContain('bidi');

    // The same note edited by hand in the state file, to every hostile sequence at once: still harmless, in both outputs.
    const file = join(conf, 'config.json');
    const state = JSON.parse(readFileSync(file, 'utf8'));
    for (const list of Object.values(state.bookmarks) as { note: string }[][]) for (const b of list) b.note = `edited${HOSTILE}by hand`;
    writeFileSync(file, JSON.stringify(state));
    expect(cleanRun(['bookmarks'], { FIC_READ_CONFIG_DIR: conf }).stdout).toContain('edited by hand');
    const again = pool.start(['--library', lib, 'read', 'hostile'], { FIC_READ_CONFIG_DIR: conf });
    await again.waitFor('Part 1/2');
    const mark = again.output().length;
    again.write('B');
    await again.waitFor('edited by hand');
    expect(describeLeaks(again.output().slice(mark), { terminal: true })).toBe('');
  });

  it('with NO_COLOR set, no screen writes a colour code, and matches are still marked', async () => {
    const app = pool.start(['--library', lib], { FIC_READ_CONFIG_DIR: tempDir('fic-safety-'), FORCE_COLOR: undefined, NO_COLOR: '1' });
    const marks = await tour(app);
    const raw = app.output();
    expect(leaksByScreen(raw, marks)).toEqual([]);
    expect(colourCodes(raw)).toEqual([]);
    // Styles are not colours: the search match and the cursor row stay visible as inverse video.
    expect(raw).toContain('\x1b[7m');
  });
});
