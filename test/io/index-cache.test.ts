import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanLibrary } from '../../src/io/scan-library.js';
import { INDEX_VERSION } from '../../src/io/index-cache.js';
import { readCachedWorks } from '../../src/io/cached-library.js';
import { tempDir } from '../cli/run-cli.js';

const story = (n: number, who = 'Anna') =>
  Array.from({ length: n }, (_, i) => `Chapter ${i + 1}\n\nThe rain kept falling on ${who}'s roof, as it had all week long and would for days.\n`).join('\n');

function setup() {
  const lib = tempDir();
  const cache = tempDir('fic-cache-');
  writeFileSync(join(lib, 'a.txt'), story(2));
  writeFileSync(join(lib, 'b.txt'), story(3, 'Boris'));
  const shards = () => readdirSync(cache).filter((f) => f.startsWith('index-') && !f.endsWith('.list.json')).map((f) => join(cache, f));
  return { lib, cache, shards, shardOf: (work: string) => shards().find((f) => readFileSync(f, 'utf8').includes(`"path":"${work}"`))! };
}

describe('the index cache', () => {
  it('serves unchanged works from the cache without reading them', () => {
    const { lib, cache, shardOf } = setup();
    expect(scanLibrary(lib, { cacheDir: cache }).works.map((w) => w.parts.length)).toEqual([2, 3]);
    // Tamper with the cached title: if the cache is used, the tampered title shows.
    const file = shardOf('a.txt');
    writeFileSync(file, readFileSync(file, 'utf8').replace('"title":"a"', '"title":"from cache"'));
    expect(scanLibrary(lib, { cacheDir: cache }).works[0].title).toBe('from cache');
  });

  it('re-reads a file whose size or mtime changed', () => {
    const { lib, cache } = setup();
    scanLibrary(lib, { cacheDir: cache });
    writeFileSync(join(lib, 'a.txt'), story(5));
    utimesSync(join(lib, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    expect(scanLibrary(lib, { cacheDir: cache }).works[0].parts).toHaveLength(5);
  });

  it('rebuilds a corrupt or old-version cache instead of trusting it', () => {
    const { lib, cache, shards, shardOf } = setup();
    scanLibrary(lib, { cacheDir: cache });
    for (const f of shards()) writeFileSync(f, '{"version": ');
    expect(scanLibrary(lib, { cacheDir: cache }).works.map((w) => w.parts.length)).toEqual([2, 3]);
    const file = shardOf('a.txt');
    const old = JSON.parse(readFileSync(file, 'utf8'));
    old.version = INDEX_VERSION - 1;
    old.works[0].summary.title = 'stale';
    writeFileSync(file, JSON.stringify(old));
    expect(scanLibrary(lib, { cacheDir: cache }).works[0].title).toBe('a');
  });

  it('rewrites only the index files of the works that changed', () => {
    const { lib, cache, shards, shardOf } = setup();
    for (let i = 0; i < 40; i++) writeFileSync(join(lib, `w${i}.txt`), story(1, `Writer ${i}`));
    scanLibrary(lib, { cacheDir: cache });
    const changedShard = shardOf('a.txt');
    const others = shards().filter((f) => f !== changedShard);
    expect(others.length).toBeGreaterThan(5);
    const mark = new Date(2001, 0, 1);
    for (const f of shards()) utimesSync(f, mark, mark);
    writeFileSync(join(lib, 'a.txt'), story(4));
    utimesSync(join(lib, 'a.txt'), new Date(), new Date(Date.now() + 5000));
    const r = scanLibrary(lib, { cacheDir: cache });
    expect(r.works.find((w) => w.id === 'a')?.parts).toHaveLength(4);
    expect(statSync(changedShard).mtimeMs).toBeGreaterThan(mark.getTime());
    for (const f of others) expect(statSync(f).mtimeMs, f).toBe(mark.getTime());
    // and a fresh scan from those files still knows every work
    expect(scanLibrary(lib, { cacheDir: cache }).works).toHaveLength(42);
  });

  it('drops works whose files were deleted', () => {
    const { lib, cache } = setup();
    scanLibrary(lib, { cacheDir: cache });
    writeFileSync(join(lib, 'b.txt'), '');
    const r = scanLibrary(lib, { cacheDir: cache });
    expect(r.works.map((w) => w.id)).toEqual(['a']);
    expect(r.warnings[0].reason).toBe('empty file');
  });
});

describe('the list index (first frame)', () => {
  it('gives every work with its title and part count without reading the library', () => {
    const { lib, cache } = setup();
    scanLibrary(lib, { cacheDir: cache });
    const first = readCachedWorks(lib, cache)!;
    expect(first.map((w) => [w.title, w.parts.length, w.partial])).toEqual([
      ['a', 2, true],
      ['b', 3, true],
    ]);
  });

  it('falls back to the full index when the list index is damaged, and to nothing without a cache', () => {
    const { lib, cache } = setup();
    scanLibrary(lib, { cacheDir: cache });
    const list = readdirSync(cache).find((f) => f.endsWith('.list.json'))!;
    writeFileSync(join(cache, list), '[');
    const works = readCachedWorks(lib, cache)!;
    expect(works.map((w) => w.parts.length)).toEqual([2, 3]);
    expect(works[0].partial).toBeUndefined();
    expect(readCachedWorks(lib, tempDir('fic-empty-'))).toBeNull();
  });
});
