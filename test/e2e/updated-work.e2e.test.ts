/**
 * A fan-fic re-downloaded with a new chapter (and an edited earlier
 * paragraph) under a new file name: one work, "+1 new part" in the library,
 * the same sentence on screen, the bookmark still where it was.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, sessionPool, sleep, topText } from './pty-session.js';
import { runCli, tempDir } from '../cli/run-cli.js';

const pool = sessionPool();
afterEach(pool.killAll);

describe('an updated work keeps its place', { timeout: 120000 }, () => {
  it('lands on the same sentence with "+1 new part" after the file is replaced by a longer version', async () => {
    const lib = tempDir('fic-lib-');
    const env = { FIC_READ_CONFIG_DIR: tempDir('fic-e2e-') };
    copyFileSync(join(ROOT, 'library/000_55ebb60814069135.txt'), join(lib, 'story.txt'));
    const first = pool.start(['--library', lib, 'read', 'story', '--part', '2'], env);
    await first.waitFor('Part 2/4');
    first.write(' ');
    await sleep(200);
    first.write('jj');
    await sleep(200);
    first.write('m');
    await first.waitFor('Bookmark note');
    first.write('where I was\r');
    await first.waitFor('Bookmarked');
    const before = topText(first.screen());
    first.write('q');
    await first.waitFor('sort:');
    first.write('q');
    expect(await first.exited).toBe(0);

    // The new download: a part added at the end, a paragraph of part 1 edited, a new file name.
    const old = readFileSync(join(lib, 'story.txt'), 'utf8');
    const updated =
      old.replace('The weather was unnaturally cool', 'The weather was strangely cool').trimEnd() +
      '\n~Part: 5~ A Brand New Chapter\nWillow woke to sunlight for the first time in weeks, and lay still to let it warm her face.\n';
    rmSync(join(lib, 'story.txt'));
    writeFileSync(join(lib, 'willow-v2.txt'), updated);

    // The old name still finds it on the command line.
    const info = runCli(['--library', lib, 'info', 'story'], env);
    expect(info.status).toBe(0);
    expect(info.stdout).toContain('willow-v2');
    expect(runCli(['--library', lib, 'bookmarks', 'story'], env).stdout).toContain('where I was');

    const again = pool.start(['--library', lib], env);
    await again.waitFor('+1 new part');
    expect(again.screen()).toContain('1 work');
    again.write('\r');
    await again.waitFor('same passage');
    expect(again.screen()).toContain(before.slice(0, 20));
    // Any key clears the notice: the status line then shows five parts.
    again.write('x');
    await again.waitFor('Part 2/5');
    again.write('B');
    await again.waitFor('where I was');
    expect(again.screen()).toContain('Part 2');
    again.write('\r');
    await sleep(200);
    expect(again.screen()).toContain(before.slice(0, 20));
  });
});
