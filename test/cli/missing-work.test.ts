/**
 * A bookmarked work whose file is deleted: its bookmarks stay in the state
 * file, `fic-read bookmarks` lists them marked missing, and they are the
 * work's own again once the file is back.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, tempDir } from './run-cli.js';
import { scanLibrary } from '../../src/io/scan-library.js';
import { openStore } from '../../src/io/store.js';
import { ROOT } from '../e2e/pty-session.js';

describe('fic-read bookmarks', () => {
  it('names a work by its title, with the id to type when they differ', () => {
    const lib = tempDir('fic-lib-');
    const conf = tempDir('fic-conf-');
    writeFileSync(join(lib, 'tea.txt'), `Title: The Tea Shop\nAuthor: Q\n\nChapter 1\n\n${'The kettle sang and nobody came to lift it. '.repeat(30)}\n`);
    const work = scanLibrary(lib).works[0];
    openStore(conf).setBookmarks(work.key, [{ id: 'b1', section: 1, offset: 0, snippet: 'The kettle sang', note: '', createdAt: 1_700_000_000_000 }]);
    const out = runCli(['bookmarks'], { FIC_READ_CONFIG_DIR: conf, FIC_READ_LIBRARY: lib }).stdout;
    expect(out).toContain('The Tea Shop (tea)  part 1 (Chapter 1)');
  });
});

describe('bookmarks of a work whose file is gone', () => {
  it('are kept, listed as missing, and come back with the file', () => {
    const lib = tempDir('fic-lib-');
    const conf = tempDir('fic-conf-');
    const name = '002_dfa5dd91274bc2e9.txt';
    copyFileSync(join(ROOT, 'library', name), join(lib, name));
    copyFileSync(join(ROOT, 'library', '001_16cf96708da75563.txt'), join(lib, '001_16cf96708da75563.txt'));
    const work = scanLibrary(lib).works.find((w) => w.path.endsWith(name))!;
    const store = openStore(conf);
    store.setPosition(work.key, { section: 1, offset: 10, title: work.title });
    store.setBookmarks(work.key, [{ id: 'b1', section: 1, offset: 10, snippet: 'where the rain began', note: 'rain scene', createdAt: 1_700_000_000_000 }]);
    const env = { FIC_READ_CONFIG_DIR: conf, FIC_READ_LIBRARY: lib };
    const before = readFileSync(join(conf, 'config.json'), 'utf8');

    // The file goes away (moved out of the library, as an unmounted drive would look).
    mkdirSync(join(conf, 'away'));
    renameSync(join(lib, name), join(conf, 'away', name));
    const gone = runCli(['bookmarks'], env);
    expect(gone.status).toBe(0);
    expect(gone.stdout).toContain('rain scene');
    expect(gone.stdout).toContain(`${work.title}  [file missing; the bookmark is kept`);
    // Named by the title it had, it is still found.
    const one = runCli(['bookmarks', work.title.slice(0, 8)], env);
    expect(one.status).toBe(0);
    expect(one.stdout).toContain('rain scene');
    const json = JSON.parse(runCli(['bookmarks', '--json'], env).stdout);
    expect(json).toEqual([expect.objectContaining({ note: 'rain scene', missing: true, title: work.title })]);
    // Opening the library screen-less commands again must not have pruned anything.
    runCli(['list'], env);
    runCli(['stats'], env);
    expect(JSON.parse(readFileSync(join(conf, 'config.json'), 'utf8'))).toEqual(JSON.parse(before));

    renameSync(join(conf, 'away', name), join(lib, name));
    const back = runCli(['bookmarks'], env);
    expect(back.stdout).toMatch(/^002_dfa5dd91274bc2e9 {2}part \d/m);
    expect(back.stdout).toContain('rain scene');
    expect(back.stdout).not.toContain('file missing');
  });
});
