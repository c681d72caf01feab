/**
 * Terminal faults (issue 6): resize storms, a 1×1 window, the terminal
 * closing (SIGHUP), Ctrl-Z and `fg` (SIGTSTP/SIGCONT), and the reader of a
 * pipe leaving early. Whatever happens the terminal is handed back as it
 * was (main screen, cursor shown, cooked mode) and the place is saved.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sessionPool, topText } from './pty-session.js';
import { tempDir } from '../cli/run-cli.js';
import { BIN, bigLibrary, cooked, ENTER_ALT, handedBack, LEAVE_ALT, procState, SHOW_CURSOR, thenStty, ttyModes, waitForOutput } from './fault-helpers.js';

const pool = sessionPool();
afterEach(pool.killAll);

const savedPositions = (conf: string) => (existsSync(join(conf, 'config.json')) ? JSON.parse(readFileSync(join(conf, 'config.json'), 'utf8')).positions ?? {} : {});

/** Opens sample 002 and pages on, so there is a place worth saving. */
async function readSomeWay(env: Record<string, string>, cols = 80, rows = 24) {
  const app = pool.start(['read', '002'], env, cols, rows);
  await app.waitFor('Part 1/2');
  app.write('  ');
  await app.waitFor('p. 3/');
  return app;
}

describe('terminal faults', { timeout: 120000 }, () => {
  it('survives 50 resizes in a second, ends laid out for the last size, and keys still work', async () => {
    const app = await readSomeWay({ FIC_READ_CONFIG_DIR: tempDir('fic-faults-') });
    const before = topText(app.screen());
    const sizes: [number, number][] = [[60, 20], [120, 40], [20, 6], [1, 1], [200, 50], [33, 9], [80, 24]];
    for (let i = 0; i < 50; i++) {
      app.resize(...sizes[i % sizes.length]);
      await new Promise((r) => setTimeout(r, 20));
    }
    app.resize(100, 30);
    // The frame for the last size: the status line on row 30 (a frame drawn for an earlier size may show first).
    await app.waitFor(/^(?:.*\n){29}.*Part 1\/2.*p\. +\d+\/\d+/);
    const rows = app.screen().split('\n');
    // The status line is on the last row of the new size, and nothing is wider than the window.
    expect(rows).toHaveLength(30);
    expect(rows[29]).toMatch(/Part 1\/2/);
    // Even through a 1×1 frame, the reader is still at the same sentence.
    // (the same snapshot as the rows: a second look could catch the next frame half drawn)
    expect(rows.join('\n')).toContain(before.slice(0, 15));
    const page = rows[29].match(/p\. +\d+\/\d+/)![0];
    app.write(' ');
    // Space still turns the page: the page number moves on.
    await app.waitFor(new RegExp(`^(?:.*\\n){29}(?!.*${page.replace('.', '\\.')}).*p\\. \\d+/`));
    app.write('q');
    await app.waitFor('sort:');
    app.write('q');
    expect(await app.exited).toBe(0);
  });

  it('in a 1×1 window shows the too-small page, quits with q, and draws once the window grows', async () => {
    const tiny = pool.start(['read', '001'], { FIC_READ_CONFIG_DIR: tempDir('fic-faults-') }, 1, 1);
    // One cell holds one letter of the too-small page; drawn, not crashed.
    await tiny.waitFor(/\S/);
    tiny.write('q');
    expect(await tiny.exited).toBe(0);
    expect(handedBack(tiny.output())).toBe(true);
    const grows = pool.start(['read', '001'], { FIC_READ_CONFIG_DIR: tempDir('fic-faults-') }, 1, 1);
    await grows.waitFor(/\S/);
    grows.resize(80, 24);
    await grows.waitFor('Part 1/1');
  });

  it('a window shrunk below the minimum and grown again keeps the place and the bookmarks made before', async () => {
    const app = await readSomeWay({ FIC_READ_CONFIG_DIR: tempDir('fic-faults-') });
    app.write('m');
    await app.waitFor('Bookmark note');
    app.write('first\r');
    await app.waitFor('Bookmarked');
    const before = topText(app.screen());
    app.resize(10, 4);
    await app.waitFor(/larger/);
    app.resize(80, 24);
    // Back at the same sentence, not at the start of the part.
    await app.waitFor(before.slice(0, 15));
    app.write('jjm');
    await app.waitFor('Bookmark note');
    app.write('second\r');
    await app.waitFor('Bookmarked');
    app.write('B');
    await app.waitFor('2 bookmarks');
    expect(app.screen()).toContain('first');
    expect(app.screen()).toContain('second');
  });

  it('the library keeps its filter and cursor through a too-small window', async () => {
    const app = pool.start([], { FIC_READ_CONFIG_DIR: tempDir('fic-faults-') });
    await app.waitFor('000_55ebb60814069135');
    app.write('/00');
    await app.waitFor('5 of 5 works');
    app.write('\rjj');
    await app.waitFor(/▸ 002_/);
    app.resize(10, 4);
    await app.waitFor(/larger/);
    app.resize(80, 24);
    await app.waitFor(/▸ 002_/);
    app.write('q');
    expect(await app.exited).toBe(0);
  });

  it('on SIGHUP saves the place, hands the terminal back and exits 129', async () => {
    const conf = tempDir('fic-faults-');
    const app = await readSomeWay({ FIC_READ_CONFIG_DIR: conf });
    const before = topText(app.screen());
    app.pty.kill('SIGHUP');
    expect(await app.exited).toBe(129);
    expect(handedBack(app.output())).toBe(true);
    const again = pool.start(['continue'], { FIC_READ_CONFIG_DIR: conf });
    await again.waitFor('p. 3/');
    expect(again.screen()).toContain(before.slice(0, 15));
  });

  it('when the terminal itself goes away, exits and keeps the place', async () => {
    const conf = tempDir('fic-faults-');
    const app = await readSomeWay({ FIC_READ_CONFIG_DIR: conf });
    const pid = app.pty.pid;
    // Closing the pty's master side is what a closed terminal window does (node-pty has it, its typings do not).
    (app.pty as unknown as { destroy(): void }).destroy();
    const deadline = Date.now() + 10000;
    while (existsSync(`/proc/${pid}`) && procState(pid) !== 'Z' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(existsSync(`/proc/${pid}`) && procState(pid) !== 'Z').toBe(false);
    expect(Object.values(savedPositions(conf)).some((p) => (p as { offset: number }).offset > 0)).toBe(true);
  });

  for (const how of ['the Ctrl-Z key', 'SIGTSTP from outside'] as const) {
    it(`suspends on ${how}: main screen, cursor, cooked mode, place saved; fg redraws and keys work`, async () => {
      const conf = tempDir('fic-faults-');
      const app = await readSomeWay({ FIC_READ_CONFIG_DIR: conf });
      const pid = app.pty.pid;
      const mark = app.output().length;
      if (how === 'the Ctrl-Z key') app.write('\x1a');
      else process.kill(pid, 'SIGTSTP');
      await waitForOutput(app, mark, (s) => s.includes(LEAVE_ALT) && s.includes(SHOW_CURSOR), 'the terminal handed back');
      const deadline = Date.now() + 5000;
      while (procState(pid) !== 'T' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(procState(pid)).toBe('T');
      expect(handedBack(app.output())).toBe(true);
      // The shell would get echo and line editing back.
      expect(cooked(ttyModes(app))).toBe(true);
      expect(Object.values(savedPositions(conf)).some((p) => (p as { offset: number }).offset > 0)).toBe(true);

      const resumed = app.output().length;
      process.kill(pid, 'SIGCONT');
      await waitForOutput(app, resumed, (s) => s.includes(ENTER_ALT) && s.includes('p. 3/'), 'the reader drawn again');
      await app.waitFor('p. 3/');
      expect(cooked(ttyModes(app))).toBe(false);
      app.write(' ');
      await app.waitFor('p. 4/');
      app.write('q');
      await app.waitFor('sort:');
      app.write('q');
      expect(await app.exited).toBe(0);
      expect(handedBack(app.output())).toBe(true);
    });
  }
});

describe('the shell gets its terminal back', { timeout: 60000 }, () => {
  for (const how of ['q', 'SIGTERM', 'SIGINT'] as const) {
    it(`after ${how === 'q' ? 'quitting with q' : how}: echo and line editing on, main screen, cursor shown`, async () => {
      const raw = await thenStty((pid, write) => (how === 'q' ? write('qq') : process.kill(pid, how)));
      const modes = raw.slice(raw.indexOf('MODES'));
      expect(modes).toMatch(/(^|\s)icanon(\s|$)/);
      expect(modes).toMatch(/(^|\s)echo(\s|$)/);
      expect(handedBack(raw.slice(0, raw.indexOf('MODES')))).toBe(true);
    });
  }
});

describe('output closed early', { timeout: 120000 }, () => {
  it('`list | head -1` and `read <work> | head -1` print one line and exit 0 with nothing on stderr', () => {
    const lib = bigLibrary();
    const conf = tempDir('fic-pipe-conf-');
    for (const args of [['list'], ['list', '--json'], ['read', 'big']]) {
      const err = join(conf, 'stderr');
      const script = `"$0" "$1" --library "$2" --config-dir "$3" ${args.join(' ')} 2>"$4" | head -1; echo "\${PIPESTATUS[0]}"`;
      const r = spawnSync('bash', ['-c', script, process.execPath, BIN, lib, conf, err], { encoding: 'utf8', timeout: 60000 });
      const [line, status] = r.stdout.split('\n');
      expect(line.length, args.join(' ')).toBeGreaterThan(0);
      expect(status, `exit status of ${args.join(' ')}`).toBe('0');
      expect(readFileSync(err, 'utf8'), `stderr of ${args.join(' ')}`).toBe('');
    }
  });
});
