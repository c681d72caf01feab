/**
 * The reader as a person uses it, in a real pseudo-terminal: the built CLI,
 * keys typed, the screen read back through a headless xterm.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionPool, sleep, topText } from './pty-session.js';
import { tempDir } from '../cli/run-cli.js';

const pool = sessionPool();
const start = pool.start;
afterEach(pool.killAll);

describe('reading in a terminal', { timeout: 120000 }, () => {
  it('opens a sample, pages into part 2, bookmarks with a note, survives a resize, and continue lands on the same text', async () => {
    const env = { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-') };
    const app = start([], env);
    await app.waitFor('000_55ebb60814069135');
    // Find and open 000 by filtering, as a user with a long list would.
    app.write('/000_55');
    await app.waitFor('1 of 5 works');
    app.write('\r');
    await app.waitFor('Enter open');
    app.write('\r');
    await app.waitFor(/Part 1\/4/);
    // Page forward until the status line says part 2.
    for (let i = 0; i < 40 && !app.screen().includes('Part 2/4'); i++) {
      app.write(' ');
      await sleep(60);
    }
    await app.waitFor('Part 2/4');
    app.write('jj');
    await sleep(200);
    app.write('m');
    await app.waitFor('Bookmark note');
    app.write('rain scene\r');
    await app.waitFor('Bookmarked');
    const before = topText(app.screen());
    expect(before.length).toBeGreaterThan(20);
    app.resize(60, 20);
    await sleep(300);
    app.resize(100, 30);
    await sleep(300);
    // The same sentence is still at the top after two resizes.
    expect(app.screen()).toContain(before.slice(0, 15));
    app.write('B');
    await app.waitFor('rain scene');
    // Each key waits for the screen it leads to: a key sent while a screen is still mounting could be lost.
    app.write('q');
    await app.waitFor('Part 2/4');
    app.write('q');
    await app.waitFor('sort:');
    app.write('q');
    expect(await app.exited).toBe(0);

    const again = start(['continue'], env, 100, 30);
    await again.waitFor('Part 2/4');
    expect(again.screen()).toContain(before.slice(0, 15));
    again.write('q');
    await again.waitFor('sort:');
    again.write('q');
    await again.exited;
  });

  it('keeps the place when killed with SIGTERM and restores the terminal', async () => {
    const env = { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-') };
    const app = start(['read', '002'], env);
    await app.waitFor('Part 1/2');
    app.write('   ');
    await sleep(300);
    const before = topText(app.screen());
    app.pty.kill('SIGTERM');
    await app.exited;
    // Alternate screen left and cursor shown again.
    expect(app.output()).toContain('\x1b[?1049l');
    expect(app.output().lastIndexOf('\x1b[?25h')).toBeGreaterThan(app.output().lastIndexOf('\x1b[?25l'));
    const again = start(['continue'], env);
    await again.waitFor('Part 1/2');
    expect(again.screen()).toContain(before.slice(0, 15));
  });

  it('moves a corrupt state file aside, says so, and starts fresh', async () => {
    const dir = tempDir('fic-e2e-');
    writeFileSync(join(dir, 'config.json'), '{"positions": {"000": ');
    const app = start([], { FIC_READ_CONFIG_DIR: dir });
    await app.waitFor(/corrupt|unreadable|moved aside/i);
    await app.waitFor('000_55ebb60814069135');
    expect(readdirSync(dir).some((f) => f.startsWith('config.json.corrupt-'))).toBe(true);
    app.write('q');
    expect(await app.exited).toBe(0);
    expect(existsSync(join(dir, 'config.json')) ? readFileSync(join(dir, 'config.json'), 'utf8') : '{}').not.toContain('"000": ');
  });

  it('asks for a larger window when the terminal is tiny, and draws again when it grows', async () => {
    const app = start(['read', '001'], { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-') }, 15, 5);
    await app.waitFor(/larger/);
    app.resize(80, 24);
    await app.waitFor('Part 1/1');
  });

  it('lets q quit from the too-small page, keeping the place', async () => {
    const env = { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-') };
    const app = start(['read', '002'], env, 16, 5);
    await app.waitFor('q quits');
    expect(app.screen()).toContain('Make the window');
    app.write('q');
    expect(await app.exited).toBe(0);
    expect(app.output()).toContain('\x1b[?1049l');
  });

  it('counts every key typed in one burst, across the screens they open', async () => {
    const app = start([], { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-') });
    await app.waitFor('000_55ebb60814069135');
    // One write is one input chunk: Enter opens the top work, the spaces page it, t j Enter jumps to part 2.
    app.write('\r  ');
    await app.waitFor(/p\. +3\/\d+/);
    app.write('tj\r');
    await app.waitFor(/Part 2\/4/);
    app.write('q');
    await app.waitFor('sort:');
    app.write('q');
    expect(await app.exited).toBe(0);
  });
});
