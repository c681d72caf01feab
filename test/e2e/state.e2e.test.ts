/**
 * State that cannot be lost, in a real terminal: two windows on one config
 * folder keep each other's places and bookmarks; a library that disappears
 * or a work file cut short while open gives a message, not a crash; a
 * read-only state file is reported and left alone.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sessionPool, sleep, type PtySession } from './pty-session.js';
import { runCli, tempDir } from '../cli/run-cli.js';

const pool = sessionPool();
afterEach(pool.killAll);
const ROUNDS = process.env.FIC_LONG ? 30 : 4;

/** The text on screen without the status line (its time estimates change). */
const page = (s: PtySession) => s.screen().split('\n').slice(0, -1).join('\n');
const STATUS = /(Front matter|Part \d+\/\d+).* p\. +\d/;

/** Turns a page and waits until it is drawn. */
async function turn(s: PtySession): Promise<void> {
  const before = page(s);
  s.write(' ');
  for (let i = 0; i < 40 && page(s) === before; i++) await sleep(25);
}

/** Adds a bookmark with `note`; false when the place already had one (the end of the work reached), which is left alone. */
async function bookmark(s: PtySession, note: string): Promise<boolean> {
  s.write('m');
  await s.waitFor(/Bookmark note|Already bookmarked/);
  if (s.screen().includes('Already bookmarked')) {
    s.write('\x1b');
    await sleep(100);
    return false;
  }
  s.write(`${note}\r`);
  await s.waitFor(`with note “${note}”`);
  return true;
}

/** Quits from the reader: q leads to the library, q there ends the program; resolves with the exit code. */
async function quit(s: PtySession): Promise<number> {
  s.write('q');
  await s.waitFor('sort:');
  s.write('q');
  return s.exited;
}

/** A copy of the sample library the test may break. */
function ownLibrary(): string {
  const lib = tempDir('fic-e2e-lib-');
  cpSync(join(ROOT, 'library'), lib, { recursive: true });
  return lib;
}

describe('state that cannot be lost', { timeout: Number(process.env.FIC_E2E_TIMEOUT ?? 180000) }, () => {
  it('two windows on one config folder keep every place and bookmark of both', async () => {
    const conf = tempDir('fic-e2e-two-');
    const env = { FIC_READ_CONFIG_DIR: conf };
    const a = pool.start(['read', '000'], env);
    const b = pool.start(['read', '002'], env);
    await a.waitFor(STATUS);
    await b.waitFor(STATUS);
    const notes: string[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      await turn(a);
      await turn(b);
      if (await bookmark(a, `a${i}`)) notes.push(`a${i}`);
      if (await bookmark(b, `b${i}`)) notes.push(`b${i}`);
      await turn(i % 2 ? a : b);
    }
    expect(notes.length).toBeGreaterThanOrEqual(4);
    const lastA = page(a);
    const lastB = page(b);
    // Both quit at once: each exit's save must keep the other's.
    expect(await Promise.all([quit(a), quit(b)])).toEqual([0, 0]);
    const marks = JSON.parse(runCli(['bookmarks', '--json'], env).stdout) as { work: string; note: string }[];
    expect(marks.map((m) => m.note).sort()).toEqual([...notes].sort());
    for (const [work, last] of [['000', lastA], ['002', lastB]] as const) {
      const again = pool.start(['read', work], env);
      await again.waitFor(STATUS);
      expect(page(again)).toBe(last);
      await quit(again);
    }
  });

  it('a library folder deleted while the app runs gives a message, and q still quits cleanly', async () => {
    const lib = ownLibrary();
    const app = pool.start([], { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-'), FIC_READ_LIBRARY: lib });
    await app.waitFor('000_55ebb60814069135');
    await sleep(300);
    rmSync(lib, { recursive: true, force: true });
    app.write('\r');
    await app.waitFor('Enter open');
    app.write('\r');
    await app.waitFor(/cannot open 000_55ebb60814069135\.txt: the library folder[\s\S]*is gone/);
    // The list is still there to read from once the folder is back.
    expect(app.screen()).toContain('002_dfa5dd91274bc2e9');
    expect(app.output()).not.toContain('fic-read crashed');
    app.write('q');
    expect(await app.exited).toBe(0);
  });

  it('a work file cut short while open: paging goes on, and reopening it says the place is gone', async () => {
    const lib = ownLibrary();
    const env = { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-'), FIC_READ_LIBRARY: lib };
    const app = pool.start(['read', '000'], env);
    await app.waitFor(STATUS);
    for (let i = 0; i < 10; i++) await turn(app);
    const file = join(lib, '000_55ebb60814069135.txt');
    truncateSync(file, Math.floor(readFileSync(file).length / 10));
    // The open work is in memory: reading goes on.
    const cut = page(app);
    for (let i = 0; i < 3; i++) await turn(app);
    expect(page(app)).not.toBe(cut);
    await sleep(600);
    expect(await quit(app)).toBe(0);
    // The saved place is past the new end of the file: the work opens at its start, saying why.
    const again = pool.start(['read', '000'], env);
    await again.waitFor('The passage you were reading is not in the new version of this work');
    expect(again.output()).not.toContain('fic-read crashed');
    truncateSync(file, 0);
    expect(await quit(again)).toBe(0);
    // An empty file is no work at all: said so. Either before the reader starts (the index knows), or,
    // when the index cached by the last run still lists it, by the library it falls back to.
    const empty = pool.start(['read', '000'], env);
    await empty.waitFor(/no work matches "000"|000_55ebb60814069135\.txt: empty file/);
    if (empty.screen().includes('no work matches')) expect(await empty.exited).toBe(1);
    else {
      empty.write('q');
      expect(await empty.exited).toBe(0);
    }
  });

  it('a read-only state file: the reader says positions will not be saved and the file is left as it was', async () => {
    const conf = tempDir('fic-e2e-ro-');
    const file = join(conf, 'config.json');
    writeFileSync(file, '{"settings":{"measure":60}}');
    chmodSync(file, 0o444);
    const app = pool.start([], { FIC_READ_CONFIG_DIR: conf });
    await app.waitFor('will not be saved this session');
    expect(app.screen().replace(/\s+/g, ' ')).toContain('config.json is read-only; reading positions and bookmarks will not be saved');
    app.write('\r');
    await app.waitFor('Enter open');
    app.write('\r');
    await app.waitFor(STATUS);
    await turn(app);
    await bookmark(app, 'kept in memory');
    app.write('q');
    await app.waitFor('sort:');
    app.write('q');
    expect(await app.exited).toBe(0);
    expect(readFileSync(file, 'utf8')).toBe('{"settings":{"measure":60}}');
  });
});
