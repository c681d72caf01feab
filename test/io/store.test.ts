import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createMemoryStore, decodeKey, encodeKey, openStore, resolveConfigDir, type Bookmark } from '../../src/io/store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fic-read-store-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const file = () => join(dir, 'config.json');
const onDisk = () => JSON.parse(readFileSync(file(), 'utf8'));

const bm = (id: string, section = 1): Bookmark => ({
  id,
  section,
  offset: 42,
  snippet: 'It was a dark and stormy night',
  note: 'ominous ☂',
  createdAt: 1_700_000_000_000,
});

describe('openStore', () => {
  it('does not create a file just by opening', () => {
    const s = openStore(dir);
    expect(s.notice).toBeNull();
    expect(s.getPosition('a')).toBeUndefined();
    expect(s.lastWork()).toBeUndefined();
    expect(existsSync(file())).toBe(false);
  });

  it('keeps positions across reopen', () => {
    openStore(dir).setPosition('moby-dick', { section: 3, offset: 1200, at: 1000 });
    const again = openStore(dir);
    expect(again.getPosition('moby-dick')).toEqual({ section: 3, offset: 1200, at: 1000 });
    expect(again.getLastRead('moby-dick')).toBe(1000);
    expect(again.getLastRead('other')).toBeUndefined();
  });

  it('stamps positions with the current time by default', () => {
    const s = openStore(dir);
    const before = Date.now();
    s.setPosition('w', { section: 0, offset: 0 });
    expect(s.getPosition('w')!.at).toBeGreaterThanOrEqual(before);
  });

  it('two store instances writing different works both survive', () => {
    const a = openStore(dir);
    const b = openStore(dir);
    a.setPosition('alpha', { section: 1, offset: 10, at: 1 });
    b.setPosition('beta', { section: 2, offset: 20, at: 2 });
    a.setPosition('alpha', { section: 1, offset: 11, at: 3 });
    b.setBookmarks('beta', [bm('x')]);
    a.setSettings({ measure: 80 });
    const c = openStore(dir);
    expect(c.getPosition('alpha')).toEqual({ section: 1, offset: 11, at: 3 });
    expect(c.getPosition('beta')).toEqual({ section: 2, offset: 20, at: 2 });
    expect(c.getBookmarks('beta')).toEqual([bm('x')]);
    expect(c.getSettings()).toEqual({ measure: 80 });
    expect(b.getPosition('alpha')!.offset).toBe(11); // reads see the other window's writes
  });

  it('two windows bookmarking the same work keep both windows’ bookmarks, and a delete in one stays deleted', () => {
    const a = openStore(dir);
    const b = openStore(dir);
    const inA = a.getBookmarks('w');
    const inB = b.getBookmarks('w');
    a.setBookmarks('w', [...inA, bm('from-a', 1)]);
    b.setBookmarks('w', [...inB, bm('from-b', 2)]);
    expect(openStore(dir).getBookmarks('w').map((m) => m.id)).toEqual(['from-a', 'from-b']);
    a.setBookmarks('w', []);
    expect(openStore(dir).getBookmarks('w').map((m) => m.id)).toEqual(['from-b']);
  });

  it('lastWork is the most recently read work', () => {
    const s = openStore(dir);
    s.setPosition('old', { section: 0, offset: 0, at: 100 });
    s.setPosition('new', { section: 0, offset: 0, at: 300 });
    s.setPosition('mid', { section: 0, offset: 0, at: 200 });
    expect(openStore(dir).lastWork()).toBe('new');
  });

  it('round-trips bookmarks, and an empty list removes the entry', () => {
    const s = openStore(dir);
    s.setBookmarks('w1', [bm('a'), bm('b', 2)]);
    s.setBookmarks('w2', [bm('c')]);
    const again = openStore(dir);
    expect(again.getBookmarks('w1')).toEqual([bm('a'), bm('b', 2)]);
    expect(again.listBookmarks()).toEqual({ w1: [bm('a'), bm('b', 2)], w2: [bm('c')] });
    again.setBookmarks('w1', []);
    expect(openStore(dir).listBookmarks()).toEqual({ w2: [bm('c')] });
    expect(openStore(dir).getBookmarks('nothing')).toEqual([]);
  });

  it('settings default to measure 72 and merge partial updates', () => {
    const s = openStore(dir);
    expect(s.getSettings()).toEqual({ measure: 72 });
    s.setSettings({ measure: 60 });
    expect(openStore(dir).getSettings()).toEqual({ measure: 60 });
  });

  it('writes single keys: the file keeps the documented layout', () => {
    const s = openStore(dir);
    s.setPosition('a', { section: 1, offset: 2, at: 3 });
    expect(onDisk()).toEqual({ positions: { a: { section: 1, offset: 2, at: 3 } } });
  });

  it('handles ids that dot-paths would misread (digits, reserved names)', () => {
    const s = openStore(dir);
    s.setPosition('1984', { section: 1, offset: 1, at: 1 });
    s.setPosition('constructor', { section: 2, offset: 2, at: 2 });
    s.setBookmarks('2001', [bm('z')]);
    const again = openStore(dir);
    expect(again.getPosition('1984')).toEqual({ section: 1, offset: 1, at: 1 });
    expect(again.getPosition('constructor')).toEqual({ section: 2, offset: 2, at: 2 });
    expect(again.listBookmarks()).toEqual({ 2001: [bm('z')] });
    expect(Array.isArray(onDisk().positions)).toBe(false);
    for (const id of ['a-b', '1984', 'constructor', 'a.b', 'x[0]', '~odd']) expect(decodeKey(encodeKey(id))).toBe(id);
  });

  it('moves a corrupt file aside, says so once, and starts fresh', () => {
    writeFileSync(file(), '{"positions": {"a": {"section": 1,');
    const s = openStore(dir);
    expect(s.notice).toMatch(/not valid JSON/);
    expect(s.notice).toMatch(/config\.json\.corrupt-/);
    const aside = readdirSync(dir).filter((n) => n.startsWith('config.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(aside[0]).not.toContain(':');
    expect(readFileSync(join(dir, aside[0]), 'utf8')).toContain('"section": 1,');
    expect(s.getPosition('a')).toBeUndefined();
    s.setPosition('a', { section: 2, offset: 0, at: 5 });
    const again = openStore(dir);
    expect(again.notice).toBeNull();
    expect(again.getPosition('a')).toEqual({ section: 2, offset: 0, at: 5 });
  });

  it('treats a wrongly shaped file as corrupt', () => {
    writeFileSync(file(), JSON.stringify({ positions: [1, 2, 3] }));
    const s = openStore(dir);
    expect(s.notice).toMatch(/could not be used \(damaged \(its "positions" entry/);
    s.setPosition('a', { section: 0, offset: 1, at: 1 });
    expect(onDisk()).toEqual({ positions: { a: { section: 0, offset: 1, at: 1 } } });
  });

  it('recovers when the file goes bad while running', () => {
    const s = openStore(dir);
    s.setPosition('a', { section: 0, offset: 1, at: 1 });
    writeFileSync(file(), 'garbage');
    expect(s.getPosition('a')).toBeUndefined();
    expect(s.notice).toMatch(/started fresh and moved it to .*config\.json\.corrupt-/);
    writeFileSync(file(), '[]');
    s.setPosition('b', { section: 0, offset: 2, at: 2 });
    expect(onDisk()).toEqual({ positions: { b: { section: 0, offset: 2, at: 2 } } });
  });

  it('ignores malformed entries instead of crashing', () => {
    writeFileSync(
      file(),
      JSON.stringify({
        positions: { a: { section: 'x', offset: 1 }, b: { section: 1, offset: 2 } },
        bookmarks: { a: [{ id: 'ok', section: 0, offset: 0 }, { nope: true }], b: 'zzz' },
        settings: { measure: -5 },
      }),
    );
    const s = openStore(dir);
    expect(s.notice).toBeNull();
    expect(s.getPosition('a')).toBeUndefined();
    expect(s.getPosition('b')).toEqual({ section: 1, offset: 2, at: 0 });
    expect(s.getLastRead('b')).toBeUndefined();
    expect(s.getBookmarks('a')).toEqual([{ id: 'ok', section: 0, offset: 0, snippet: '', note: '', createdAt: 0 }]);
    expect(s.listBookmarks()).toEqual({ a: s.getBookmarks('a') });
    expect(s.getSettings()).toEqual({ measure: 72 });
  });

  it('falls back to memory with a notice when the folder cannot be used', () => {
    const blocker = join(dir, 'not-a-dir');
    writeFileSync(blocker, 'x');
    const s = openStore(join(blocker, 'cfg'));
    s.setPosition('a', { section: 1, offset: 1, at: 1 });
    expect(s.getPosition('a')).toEqual({ section: 1, offset: 1, at: 1 });
    expect(s.notice).toMatch(/will not be saved|Could not save/);
  });

  it('keeps working in memory when the folder disappears under it', () => {
    const cfg = join(dir, 'cfg');
    const s = openStore(cfg);
    s.setPosition('a', { section: 1, offset: 1, at: 1 });
    rmSync(cfg, { recursive: true });
    writeFileSync(cfg, 'now a file');
    expect(() => s.setPosition('b', { section: 2, offset: 2, at: 2 })).not.toThrow();
    expect(s.notice).toMatch(/will not be saved this session/);
    expect(s.getPosition('b')).toEqual({ section: 2, offset: 2, at: 2 });
    s.setBookmarks('b', [bm('k')]);
    expect(s.getBookmarks('b')).toEqual([bm('k')]);
    expect(s.lastWork()).toBe('b');
  });

  // Root can write a folder without write bits, but fic-read honours the bits (see readOnlyProblem), so this runs as root too.
  it.skipIf(process.platform === 'win32')('reports an unwritable folder instead of throwing', () => {
    const ro = join(dir, 'ro');
    mkdirSync(ro);
    const s = openStore(ro);
    chmodSync(ro, 0o500);
    try {
      expect(() => s.setPosition('a', { section: 0, offset: 0 })).not.toThrow();
      expect(s.notice).toMatch(/folder .* is read-only; reading positions and bookmarks will not be saved/);
      expect(existsSync(file())).toBe(false);
    } finally {
      chmodSync(ro, 0o700);
    }
  });
});

describe('resolveConfigDir', () => {
  it('prefers the flag, then FIC_READ_CONFIG_DIR, then the platform folder', () => {
    expect(resolveConfigDir('/x/flag', { FIC_READ_CONFIG_DIR: '/x/env' })).toBe('/x/flag');
    expect(resolveConfigDir(undefined, { FIC_READ_CONFIG_DIR: '/x/env' })).toBe('/x/env');
    expect(resolveConfigDir('', { FIC_READ_CONFIG_DIR: '' })).toMatch(/fic-read$/);
  });
});

describe('createMemoryStore', () => {
  it('implements the same contract', () => {
    const s = createMemoryStore({ settings: { measure: 60 } });
    expect(s.getSettings()).toEqual({ measure: 60 });
    s.setPosition('a', { section: 1, offset: 2, at: 10 });
    s.setPosition('b', { section: 1, offset: 2, at: 5 });
    s.setBookmarks('a', [bm('q')]);
    expect(s.lastWork()).toBe('a');
    expect(s.getLastRead('b')).toBe(5);
    expect(s.listBookmarks()).toEqual({ a: [bm('q')] });
    s.setBookmarks('a', []);
    expect(s.listBookmarks()).toEqual({});
    expect(s.notice).toBeNull();
  });
});
