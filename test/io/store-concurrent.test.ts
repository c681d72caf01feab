/**
 * Several fic-read processes saving to one config folder at once: nothing
 * one of them saved may be lost to another's write.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openStore } from '../../src/io/store.js';

const WRITER = fileURLToPath(new URL('./helpers/store-writer.ts', import.meta.url));
const LONG = Boolean(process.env.FIC_LONG);

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fic-read-conc-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Runs one writer to its end; rejects with its stderr when it fails. */
function writer(work: string, count: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, work, String(count)], { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('exit', (code) => (code === 0 ? resolve(err) : reject(new Error(`writer ${work} exited ${code}: ${err}`))));
  });
}

describe('several processes saving at once', { timeout: 120000 }, () => {
  it('keeps every position, bookmark and page of reading each process saved', async () => {
    const works = ['alpha', 'beta', 'gamma'];
    const count = LONG ? 400 : 120;
    const notices = await Promise.all(works.map((w) => writer(w, count)));
    expect(notices.join('')).toBe('');
    const store = openStore(dir);
    expect(store.notice).toBeNull();
    for (const w of works) {
      expect(store.getPosition(w)).toMatchObject({ offset: count });
      expect(store.getBookmarks(w).map((b) => b.offset)).toEqual(Array.from({ length: count / 5 }, (_, i) => (i + 1) * 5));
    }
    expect(store.listReading()['2026-01-01'].shared.pages).toBe(works.length * count);
    // The work all three bookmarked, each from its own list: every bookmark of each is there.
    expect(store.getBookmarks('together')).toHaveLength((works.length * count) / 5);
    // No lock or temporary file is left behind.
    expect(readdirSync(dir).sort()).toEqual(['config.json']);
  });

  it('a lock left by a process that died does not stop saving', () => {
    // pid 2^22+1 is above Linux's default pid_max, so no process has it.
    writeFileSync(join(dir, 'config.json.lock'), `4194305 ${hostname()} ${Date.now()} 0.5`);
    const started = Date.now();
    openStore(dir).setPosition('w', { section: 1, offset: 7, at: 1 });
    expect(Date.now() - started).toBeLessThan(1000);
    expect(openStore(dir).getPosition('w')).toMatchObject({ offset: 7 });
    expect(readdirSync(dir)).toEqual(['config.json']);
  });

  it('temporary files a killed write left behind are cleared at the next start, a live one is not', () => {
    const old = join(dir, 'config.json.tmp-17000000000a1b2c3');
    const fresh = join(dir, 'config.json.tmp-17000000001d4e5f6');
    writeFileSync(old, '{"half":');
    writeFileSync(fresh, '{"half":');
    const hourAgo = new Date(Date.now() - 3600_000);
    utimesSync(old, hourAgo, hourAgo);
    openStore(dir).setPosition('w', { section: 0, offset: 1, at: 1 });
    expect(readdirSync(dir).sort()).toEqual(['config.json', 'config.json.tmp-17000000001d4e5f6']);
  });

  it('a lock held far too long (a frozen process) is broken after two seconds', () => {
    const lock = join(dir, 'config.json.lock');
    writeFileSync(lock, `${process.ppid} ${hostname()} 0 0.5`);
    const old = new Date(Date.now() - 1000);
    utimesSync(lock, old, old);
    const started = Date.now();
    openStore(dir).setPosition('w', { section: 1, offset: 8, at: 1 });
    const took = Date.now() - started;
    expect(took).toBeGreaterThan(500);
    expect(took).toBeLessThan(3000);
    expect(JSON.parse(readFileSync(join(dir, 'config.json'), 'utf8')).positions.w.offset).toBe(8);
  });

  it('writers killed with SIGKILL mid-write leave a valid file with every save that finished', async () => {
    const rounds = LONG ? 40 : 6;
    const saved: Record<string, number> = {};
    for (let round = 0; round < rounds; round++) {
      const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, `w${round}`, '100000'], { stdio: ['ignore', 'pipe', 'ignore'] });
      await new Promise((r) => child.stdout.once('data', r));
      // Killed at a different moment each round, once its first save is done.
      await new Promise((r) => setTimeout(r, (round * 37) % 300));
      child.kill('SIGKILL');
      await new Promise((r) => child.on('exit', r));
      const text = readFileSync(join(dir, 'config.json'), 'utf8');
      const data = JSON.parse(text);
      // Every earlier writer's last saved position is still there, unchanged.
      for (const [w, offset] of Object.entries(saved)) expect(data.positions[w]?.offset).toBe(offset);
      if (data.positions?.[`w${round}`]) saved[`w${round}`] = data.positions[`w${round}`].offset;
      const store = openStore(dir);
      expect(store.notice).toBeNull();
      // Its position and bookmarks agree: bookmark n is saved just after position 5n (a kill between the two leaves one fewer).
      const pos = store.getPosition(`w${round}`)?.offset ?? 0;
      const marks = store.getBookmarks(`w${round}`).length;
      expect([Math.floor(pos / 5), pos % 5 === 0 ? pos / 5 - 1 : -1]).toContain(marks);
    }
    // Every round was killed after its first save: each one's place is in the file.
    expect(Object.keys(saved)).toHaveLength(rounds);
  });
});
