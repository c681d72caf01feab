/**
 * kill -9 at random moments while paging and bookmarking, in a real terminal:
 * after every kill the state file is valid JSON (or not there yet), the next
 * start opens at a place the screen showed since the last quiet moment, and
 * every bookmark the screen confirmed is still there. FIC_LONG=1 runs 200
 * rounds instead of 10; the seed is fixed, so a failure can be replayed.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionPool, sleep, type PtySession } from './pty-session.js';
import { tempDir } from '../cli/run-cli.js';

const pool = sessionPool();
afterEach(pool.killAll);

const ROUNDS = process.env.FIC_LONG ? 200 : 10;
const WORK = '000_55ebb60814069135';

/** mulberry32: a small seeded generator, so every run kills at the same moments. */
function seeded(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The text on screen without the status line (its time estimates change): the same place draws the same page. */
const page = (screen: string) => screen.split('\n').slice(0, -1).join('\n');

/** Waits until the screen stops changing: a frame arrives in pieces, and half a frame is no place at all. */
async function settled(app: PtySession, before: string): Promise<string> {
  for (let i = 0; i < 100 && page(app.screen()) === before; i++) await sleep(20);
  let last = page(app.screen());
  for (;;) {
    await sleep(60);
    const now = page(app.screen());
    if (now === last) return now;
    last = now;
  }
}

const firstLine = (p: string) => p.split('\n').find((l) => l.trim())?.trim().slice(0, 50) ?? '(blank)';

/** The state file after a kill: it must parse whenever it exists. */
function stateOnDisk(dir: string): { bookmarks?: Record<string, { note: string }[]> } | null {
  const file = join(dir, 'config.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8'));
}

describe('killed with SIGKILL while reading', { timeout: ROUNDS * 20000 }, () => {
  it(`keeps a valid state file, every confirmed bookmark and a place that was on screen (${ROUNDS} rounds)`, async () => {
    const dir = tempDir('fic-e2e-crash-');
    const env = { FIC_READ_CONFIG_DIR: dir };
    const random = seeded(6);
    const notes: string[] = [];
    // What happened, for the failure message.
    const log: string[] = [];
    // The tops of every page shown since the last quiet moment: the saved place must be one of them.
    let allowed: string[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      const app = pool.start(['read', WORK], env);
      await app.waitFor(/(Front matter|Part \d\/4).* p\. +\d/);
      const opened = await settled(app, '');
      log.push(`round ${round}: opened at ${firstLine(opened)}`);
      if (round > 0) expect(allowed.includes(opened), `opened at a place not on screen since the last quiet moment:\n${opened}\n${log.slice(-25).join('\n')}`).toBe(true);
      expect(app.screen()).not.toMatch(/could not be used|will not be saved/);
      allowed = [opened];
      const steps = 1 + Math.floor(random() * 6);
      for (let s = 0; s < steps; s++) {
        const r = random();
        if (r < 0.15) {
          app.write('m');
          await app.waitFor(/Bookmark note|Already bookmarked/);
          if (app.screen().includes('Already bookmarked')) {
            app.write('\x1b');
            await sleep(100);
            continue;
          }
          const note = `r${round}s${s}`;
          app.write(`${note}\r`);
          await app.waitFor(`with note “${note}”`);
          notes.push(note);
          log.push(`round ${round}: bookmark ${note}`);
        } else if (r < 0.3) {
          // A quiet moment: the place on screen is saved by now (the saver waits 400 ms).
          await sleep(700);
          allowed = [page(app.screen())];
          log.push(`round ${round}: quiet at ${firstLine(allowed[0])}`);
        } else {
          const before = app.screen();
          app.write(r < 0.8 ? ' ' : 'b');
          // Wait for the page to change (paging back at the start does nothing).
          for (let i = 0; i < 20 && app.screen() === before; i++) await sleep(20);
          allowed.push(page(app.screen()));
        }
      }
      const wait = random() * 600;
      await sleep(wait);
      log.push(`round ${round}: killed after ${Math.round(wait)} ms`);
      app.pty.kill('SIGKILL');
      await app.exited;
      const state = stateOnDisk(dir);
      // Keyed by the work's state key (not its id); only one work is read here.
      const kept = Object.values(state?.bookmarks ?? {}).flat().map((b) => b.note);
      for (const note of notes) expect(kept, `round ${round}`).toContain(note);
    }
    expect(notes.length).toBeGreaterThan(0);
  });
});
