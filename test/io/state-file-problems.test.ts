/**
 * A state file that is empty, cut short, of the wrong shape, unreadable or
 * read-only: fic-read says so once, keeps reading, and never silently
 * replaces what the user has.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chmodSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openStore } from '../../src/io/store.js';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fic-read-bad-'));
});
afterEach(() => {
  chmodSync(dir, 0o700);
  rmSync(dir, { recursive: true, force: true });
});

const file = () => join(dir, 'config.json');
const GOOD = JSON.stringify({ positions: { moby: { section: 2, offset: 40, at: 5 } }, bookmarks: { moby: [{ id: 'b', section: 2, offset: 41 }] } });
const asides = () => readdirSync(dir).filter((n) => n.includes('.corrupt-'));

describe('a bad state file is moved aside with one notice and a fresh start', () => {
  const cases: [string, string, RegExp][] = [
    ['empty', '', /\(empty\)/],
    ['only whitespace', '  \n', /\(empty\)/],
    ['truncated mid-write', GOOD.slice(0, 40), /not valid JSON/],
    ['a JSON array', '[1,2]', /not a JSON object/],
    ['a JSON string', '"hello"', /not a JSON object/],
    ['wrong-shaped sections', JSON.stringify({ positions: 'x', bookmarks: {} }), /"positions" entry/],
    ['binary junk', '\u0000\u0001\u0002', /not valid JSON/],
  ];
  for (const [what, content, reason] of cases) {
    it(`${what}`, () => {
      writeFileSync(file(), content);
      const s = openStore(dir);
      expect(s.notice).toMatch(reason);
      expect(s.notice).toMatch(/started fresh and moved it to .*config\.json\.corrupt-/);
      // The old content is kept, byte for byte, where the notice says.
      expect(asides()).toHaveLength(1);
      expect(readFileSync(join(dir, asides()[0]), 'utf8')).toBe(content);
      s.setPosition('w', { section: 1, offset: 1, at: 1 });
      const again = openStore(dir);
      expect(again.notice).toBeNull();
      expect(again.getPosition('w')).toEqual({ section: 1, offset: 1, at: 1 });
      expect(asides()).toHaveLength(1);
    });
  }
});

it('a file the user made private (0600) stays private after a save', () => {
  writeFileSync(file(), GOOD);
  chmodSync(file(), 0o600);
  openStore(dir).setPosition('moby', { section: 1, offset: 1 });
  expect(statSync(file()).mode & 0o777).toBe(0o600);
  expect(openStore(dir).getPosition('moby')).toMatchObject({ section: 1, offset: 1 });
});

describe('a read-only state file or folder is read but never replaced', () => {
  it('read-only file: places and bookmarks are shown, changes stay in memory, the file is untouched', () => {
    writeFileSync(file(), GOOD);
    chmodSync(file(), 0o444);
    const s = openStore(dir);
    expect(s.notice).toMatch(/config\.json is read-only; reading positions and bookmarks will not be saved/);
    expect(s.getPosition('moby')).toMatchObject({ section: 2, offset: 40 });
    expect(s.getBookmarks('moby')).toHaveLength(1);
    s.setPosition('moby', { section: 3, offset: 0 });
    s.setBookmarks('moby', []);
    expect(s.getPosition('moby')).toMatchObject({ section: 3 });
    expect(readFileSync(file(), 'utf8')).toBe(GOOD);
    expect(statSync(file()).mode & 0o777).toBe(0o444);
    expect(asides()).toEqual([]);
  });

  it('read-only folder: same, and no file is created', () => {
    writeFileSync(file(), GOOD);
    chmodSync(dir, 0o555);
    const s = openStore(dir);
    expect(s.notice).toMatch(/folder .* is read-only; reading positions and bookmarks will not be saved/);
    expect(s.getPosition('moby')).toMatchObject({ offset: 40 });
    s.setPosition('other', { section: 0, offset: 0 });
    chmodSync(dir, 0o700);
    expect(readdirSync(dir)).toEqual(['config.json']);
    expect(readFileSync(file(), 'utf8')).toBe(GOOD);
  });

  it('a read-only file that is also corrupt is left where it is', () => {
    writeFileSync(file(), '{"positions":');
    chmodSync(file(), 0o444);
    const s = openStore(dir);
    expect(s.notice).toMatch(/not valid JSON\) and .*read-only, so it was left as it is; reading positions and bookmarks will not be saved/);
    s.setPosition('w', { section: 0, offset: 0 });
    expect(readFileSync(file(), 'utf8')).toBe('{"positions":');
    expect(asides()).toEqual([]);
  });

  it('a file made read-only while running stops the saving, with a notice, and is not replaced', () => {
    writeFileSync(file(), GOOD);
    const s = openStore(dir);
    expect(s.notice).toBeNull();
    chmodSync(file(), 0o444);
    s.setPosition('moby', { section: 9, offset: 9 });
    expect(s.notice).toMatch(/read-only; reading positions and bookmarks will not be saved/);
    expect(s.getPosition('moby')).toMatchObject({ section: 9 });
    expect(readFileSync(file(), 'utf8')).toBe(GOOD);
  });

  it('an unreadable file (chmod 000) is left alone with a notice', () => {
    writeFileSync(file(), GOOD);
    chmodSync(file(), 0o000);
    const s = openStore(dir);
    // As a normal user the file cannot be read at all; root can still read it (chmod does not stop root),
    // so then its places are shown. Either way it has no write bits, so it is never replaced or moved.
    if (process.getuid?.() === 0) {
      expect(s.notice).toMatch(/config\.json is read-only; reading positions/);
      expect(s.getPosition('moby')).toMatchObject({ offset: 40 });
    } else {
      expect(s.notice).toMatch(/unreadable \(EACCES\)\) and .*read-only, so it was left as it is/);
    }
    s.setPosition('moby', { section: 1, offset: 1 });
    chmodSync(file(), 0o600);
    expect(readFileSync(file(), 'utf8')).toBe(GOOD);
    expect(asides()).toEqual([]);
  });
});
