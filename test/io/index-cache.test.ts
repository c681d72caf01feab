import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { scanLibrary } from '../../src/io/scan-library.js';
import { INDEX_VERSION } from '../../src/io/index-cache.js';
import { readCachedWorks } from '../../src/io/cached-library.js';
import { initLibraryState, isTitleOrdered, type LibraryRow } from '../../src/core/library-state.js';
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

  it('keeps titles with curly quotes and accents exactly, in files of plain ASCII, and still reads a raw UTF-8 file', () => {
    const { lib, cache, shardOf } = setup();
    writeFileSync(join(lib, 'a.txt'), `Title: “Zoë’s Café” — 北\nAuthor: Ånne\n\n${story(2)}`);
    const first = scanLibrary(lib, { cacheDir: cache }).works[0];
    expect([first.title, first.author]).toEqual(['“Zoë’s Café” — 北', 'Ånne']);
    const file = shardOf('a.txt');
    expect(readFileSync(file).every((b) => b < 0x80)).toBe(true);
    expect(scanLibrary(lib, { cacheDir: cache }).works[0].title).toBe('“Zoë’s Café” — 北');
    // A file as earlier builds wrote it: the same JSON with the characters raw.
    writeFileSync(file, JSON.stringify(JSON.parse(readFileSync(file, 'utf8'))).replace('Ånne', 'Åsa'));
    expect(scanLibrary(lib, { cacheDir: cache }).works[0].author).toBe('Åsa');
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

  it('lists the works in title order without sorting them again, unless it was written in another locale', () => {
    const { lib, cache } = setup();
    writeFileSync(join(lib, 'The Zebra.txt'), story(1));
    writeFileSync(join(lib, '0-aardvark.txt'), story(1));
    scanLibrary(lib, { cacheDir: cache });
    const titles = (works: ReturnType<typeof readCachedWorks>) => {
      const rows: LibraryRow[] = works!.map((work) => ({ work, progress: 0, lastRead: undefined }));
      return initLibraryState(isTitleOrdered(works!) ? rows : rows.reverse(), { height: 9, sort: 'title' }).visible.map((r) => r.work.title);
    };
    const first = readCachedWorks(lib, cache)!;
    expect(isTitleOrdered(first)).toBe(true);
    const expected = titles(first);
    const list = join(cache, readdirSync(cache).find((f) => f.endsWith('.list.json'))!);
    writeFileSync(list, readFileSync(list, 'utf8').replace(/"collation":"[^"]*"/, '"collation":"xx"'));
    const other = readCachedWorks(lib, cache)!;
    expect(isTitleOrdered(other)).toBe(false);
    expect(titles(other)).toEqual(expected);
  });

  it('keeps non-ASCII titles exactly, in an all-ASCII file (read faster, smaller in memory)', () => {
    const { lib, cache } = setup();
    const title = 'Café — naïve ’s 三体 🐉';
    writeFileSync(join(lib, 'c.txt'), `Title: ${title}\nAuthor: Zoë\n\n${story(2)}`);
    scanLibrary(lib, { cacheDir: cache });
    const list = readFileSync(join(cache, readdirSync(cache).find((f) => f.endsWith('.list.json'))!), 'utf8');
    expect(list).toMatch(/^[\x00-\x7f]*$/);
    const c = readCachedWorks(lib, cache)!.find((w) => w.path === 'c.txt')!;
    expect([c.title, c.author]).toEqual([title, 'Zoë']);
  });

  it('keeps a big work whole, in its place among the small ones', () => {
    const { lib, cache } = setup();
    // Over half a megabyte: 60 long chapters.
    const long = Array.from({ length: 60 }, (_, i) => `Chapter ${i + 1}\n\n${`Cleo walked on through the long grey valley, counting stones (${i}). `.repeat(140)}\n`);
    writeFileSync(join(lib, 'aa-big.txt'), long.join('\n'));
    scanLibrary(lib, { cacheDir: cache });
    const works = readCachedWorks(lib, cache)!;
    expect(works.map((w) => [w.title, w.partial ?? false, w.parts.length])).toEqual([
      ['a', true, 2],
      ['aa-big', false, 60],
      ['b', true, 3],
    ]);
    expect(works[1].parts[59].title).toBe('Chapter 60');
  });

  it('does not trust a list index of an older layout, and the next scan writes it anew', () => {
    const { lib, cache } = setup();
    scanLibrary(lib, { cacheDir: cache });
    const list = join(cache, readdirSync(cache).find((f) => f.endsWith('.list.json'))!);
    // The first layout: one array per work, no format field.
    const old = { version: INDEX_VERSION, root: lib, rows: [['a', 'k', 'path:a.txt', 'from the old file', null, 'a.txt', 1, 1, 'unknown', 1, 0, null]] };
    writeFileSync(list, JSON.stringify(old));
    const fallback = readCachedWorks(lib, cache)!;
    expect(fallback.map((w) => [w.title, w.partial])).toEqual([['a', undefined], ['b', undefined]]);
    scanLibrary(lib, { cacheDir: cache });
    expect(readCachedWorks(lib, cache)!.map((w) => [w.title, w.partial])).toEqual([['a', true], ['b', true]]);
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
