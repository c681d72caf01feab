import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findWorks, scanLibrary, type ScanResult } from '../../src/io/scan-library.js';
import { scanLibraryAsync } from '../../src/io/scan-library-async.js';
import { findWorkerEntry, MIN_JOBS_FOR_WORKERS, summarizeAll } from '../../src/io/index-pool.js';
import { uniqueIds } from '../../src/core/work-id.js';
import { tempDir } from '../cli/run-cli.js';

const WORKS = 80;

/** A chapter of distinct prose, so every work gets its own identity (no accidental merges). */
const chapter = (work: number, n: number) =>
  `Chapter ${n}\n\nWork ${work} chapter ${n}: the rain kept falling on roof number ${work * 100 + n}, as it had all week long.\n`;

/** ~80 small works: single files, chapter folders, one re-download pair (merged), one binary file. */
function makeLibrary(): string {
  const lib = tempDir('fic-pool-');
  for (let i = 0; i < WORKS; i++) {
    const parts = Array.from({ length: 1 + (i % 4) }, (_, n) => chapter(i, n + 1)).join('\n');
    writeFileSync(join(lib, `work-${i}.txt`), `Title: Story ${i}\nAuthor: Writer ${i % 7}\n\n${parts}`);
  }
  const folder = join(lib, 'serial');
  mkdirSync(folder);
  for (let n = 1; n <= 3; n++) writeFileSync(join(folder, `chapter-${n}.txt`), chapter(999, n));
  // Same title and author: one work, reading the longer copy.
  writeFileSync(join(lib, 'dup-old.txt'), `Title: Twin\nAuthor: Same\n\n${chapter(500, 1)}`);
  writeFileSync(join(lib, 'dup-new.txt'), `Title: Twin\nAuthor: Same\n\n${chapter(500, 1)}\n${chapter(500, 2)}`);
  writeFileSync(join(lib, 'broken.txt'), Buffer.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x43]));
  return lib;
}

/** What the library list shows, compared field by field. */
const shape = (r: ScanResult) => ({
  works: r.works.map((w) => ({ id: w.id, title: w.title, path: w.path, parts: w.parts, words: w.words, key: w.key, older: w.older, files: w.files })),
  warnings: r.warnings,
});

describe('the index pool', () => {
  it('finds its worker script in the sources', () => {
    expect(fileURLToPath(findWorkerEntry()!)).toMatch(/src[/\\]io[/\\]index-worker\.ts$/);
  });

  it('scans on worker threads with the same result as the one-thread scan', async () => {
    const lib = makeLibrary();
    const sync = scanLibrary(lib, { cacheDir: tempDir('fic-cache-') });
    const progress: number[] = [];
    const errors: unknown[] = [];
    const parallel = await scanLibraryAsync(lib, {
      cacheDir: tempDir('fic-cache-'),
      threads: 2,
      onProgress: (done) => progress.push(done),
      onWorkerError: (e) => errors.push(e),
    });
    expect(errors).toEqual([]); // the workers did the work: none fell back to the main thread
    expect(sync.works.length).toBe(WORKS + 2);
    expect(shape(parallel)).toEqual(shape(sync));
    expect(parallel.warnings).toEqual([{ path: 'broken.txt', reason: 'binary file (not text)' }]);
    expect(parallel.works.find((w) => w.title === 'Twin')).toMatchObject({ path: 'dup-new.txt', older: ['dup-old.txt'] });
    expect(progress.at(-1)).toBe(WORKS + 4);
  });

  it('serves a warm cache the same way', async () => {
    const lib = makeLibrary();
    const cache = tempDir('fic-cache-');
    const first = await scanLibraryAsync(lib, { cacheDir: cache });
    expect(shape(await scanLibraryAsync(lib, { cacheDir: cache }))).toEqual(shape(first));
    expect(shape(scanLibrary(lib, { cacheDir: cache }))).toEqual(shape(first));
  });

  it('gives the same summaries, in input order, on one thread and on several', async () => {
    const lib = makeLibrary();
    const locations = findWorks(lib, []);
    const ids = uniqueIds(locations.map((l) => l.path));
    const jobs = locations.map((location, i) => ({ location, id: ids[i] }));
    expect(jobs.length).toBeGreaterThanOrEqual(MIN_JOBS_FOR_WORKERS);
    const one = await summarizeAll(lib, jobs, { threads: 1 });
    const errors: unknown[] = [];
    const many = await summarizeAll(lib, jobs, { threads: 3, onWorkerError: (e) => errors.push(e) });
    expect(errors).toEqual([]);
    expect(many).toEqual(one);
    expect(one.map((r) => ('id' in r ? r.id : r.path))).toEqual(ids.map((id, i) => (locations[i].path === 'broken.txt' ? 'broken.txt' : id)));
  });

  it('redoes a crashed worker\'s batch on the main thread instead of hanging', async () => {
    const lib = makeLibrary();
    const jobs = findWorks(lib, []).map((location, i) => ({ location, id: `w${i}` }));
    // A malformed job makes readSummary throw: the worker dies, the main thread retries and throws the same way.
    const bad = [...jobs, { location: { path: 'x', files: null as unknown as string[] }, id: 'x' }];
    const errors: unknown[] = [];
    await expect(summarizeAll(lib, bad, { threads: 2, onWorkerError: (e) => errors.push(e) })).rejects.toThrow(TypeError);
    expect(errors).toHaveLength(1);
  });
});
