/**
 * Writes the bench corpus into a temp folder, once: regenerating ~1.1 GB
 * takes a while, so a folder with a matching marker file is reused.
 *
 *   <base>/library/   the N-work library (N-2 fan-fiction works in fandom
 *                     folders + the two big works below)
 *   <base>/big/       only the two big works, to time `read` without the N-work index
 *       long-serial.txt   ~10 MB, 1.7M words, 300 chapters
 *       cjk-novel.txt     1M CJK characters, 第N章 headings
 *
 * Standalone: node --import tsx test/bench/generate.ts [--small]
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Rng } from './prng.js';
import {
  authorName,
  chapterBody,
  chapterHeading,
  chapterLengths,
  cjkChapter,
  cjkPool,
  englishPool,
  header,
  workTitle,
  type Shape,
} from './corpus.js';

/** Bump when the generated text changes, so old folders are rebuilt. */
const GENERATOR_VERSION = 4;
const SEED = 20240611;
/** ~110 KB per work: 10,000 works ≈ 1.1 GB. */
const BYTES_PER_WORK = 110_000;

export interface BenchData {
  base: string;
  /** The N-work library. */
  library: string;
  /** The library of only the two big works. */
  big: string;
  works: number;
  bytes: number;
  serial: { file: string; id: string };
  cjk: { file: string; id: string };
}

interface Marker {
  version: number;
  seed: number;
  works: number;
  bytes: number;
}

const SERIAL = { file: 'long-serial.txt', id: 'long-serial' };
const CJK = { file: 'cjk-novel.txt', id: 'cjk-novel' };

/** Returns the corpus for `works` works, generating it when missing or stale. */
export function ensureCorpus(works: number, log: (msg: string) => void = () => {}): BenchData {
  const base = join(tmpdir(), `fic-read-bench-${works}`);
  const markerFile = join(base, 'marker.json');
  const data = (bytes: number): BenchData => ({ base, library: join(base, 'library'), big: join(base, 'big'), works, bytes, serial: SERIAL, cjk: CJK });
  if (existsSync(markerFile)) {
    try {
      const m = JSON.parse(readFileSync(markerFile, 'utf8')) as Marker;
      if (m.version === GENERATOR_VERSION && m.seed === SEED && m.works === works) {
        log(`reusing corpus in ${base}`);
        return data(m.bytes);
      }
    } catch {
      // unreadable marker: regenerate
    }
  }
  rmSync(base, { recursive: true, force: true });
  mkdirSync(join(base, 'library'), { recursive: true });
  mkdirSync(join(base, 'big'), { recursive: true });
  const started = Date.now();
  let bytes = writeBigWorks(base, log);
  bytes += writeLibrary(join(base, 'library'), works - 2, log);
  writeFileSync(markerFile, JSON.stringify({ version: GENERATOR_VERSION, seed: SEED, works, bytes } satisfies Marker));
  log(`corpus ready: ${works} works, ${(bytes / 1e9).toFixed(2)} GB in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return data(bytes);
}

/** The two big works, written to big/ and copied into the library. */
function writeBigWorks(base: string, log: (msg: string) => void): number {
  const rng = new Rng(SEED ^ 0xb16);
  const pool = englishPool();
  // A web serial: one paragraph per line, blank line between, 300 chapters, 1.7M words.
  const shape: Shape = { wrapCol: 0, blankBetween: true };
  const chapters = chapterLengths(rng, 1_700_000, 300);
  const serial = [header(rng, 'The Long Serial', 'serialwriter', chapters.length, 1_700_000)];
  chapters.forEach((w, i) => serial.push(`${chapterHeading(rng, i + 1)}\n\n${chapterBody(rng, pool, w, shape)}`));
  const serialText = serial.join('\n\n\n') + '\n';
  // A Chinese web novel: 1M characters in 300 chapters.
  const cpool = cjkPool();
  const cjk = ['Title: 长夜行', 'Author: 无名氏', ''];
  const perChapter = Math.round(1_000_000 / 300);
  for (let n = 1; n <= 300; n++) cjk.push(cjkChapter(rng, cpool, n, perChapter) + '\n');
  const cjkText = cjk.join('\n');
  let bytes = 0;
  for (const [name, text] of [[SERIAL.file, serialText], [CJK.file, cjkText]] as const) {
    const file = join(base, 'big', name);
    writeFileSync(file, text);
    copyFileSync(file, join(base, 'library', name));
    bytes += Buffer.byteLength(text);
  }
  log(`big works: ${(Buffer.byteLength(serialText) / 1e6).toFixed(1)} MB serial, ${cjkText.length} CJK chars`);
  return bytes;
}

/** `count` fan-fiction works in fandom folders; returns the bytes written. */
function writeLibrary(root: string, count: number, log: (msg: string) => void): number {
  const rng = new Rng(SEED);
  const pool = englishPool();
  const bytesPerWord = pool.reduce((n, s) => n + Buffer.byteLength(s.text) + 1, 0) / pool.reduce((n, s) => n + s.words, 0);
  // Log-normal lengths, then scaled so the library totals ~BYTES_PER_WORK per work
  // (the median lands near 13k words, the mean near 19k: a few long works dominate, as on AO3).
  const raw = Array.from({ length: count }, () => rng.logNormal(13_000, 0.85));
  const scale = (count * BYTES_PER_WORK) / bytesPerWord / raw.reduce((a, b) => a + b, 0);
  const lengths = raw.map((w) => Math.min(400_000, Math.max(300, Math.round(w * scale))));
  const fandoms = Array.from({ length: 40 }, (_, i) => `${workTitle(rng).toLowerCase().replace(/[^a-z]+/g, '-')}-${i}`);
  const stories = new Set<string>();
  let bytes = 0;
  for (let i = 0; i < count; i++) {
    const w = rng.fork(i);
    const words = lengths[i];
    const chapters = Math.max(1, Math.min(60, Math.round(words / w.logNormal(3500, 0.6))));
    // fic-read shows one row per story (same title and author = same story, another
    // version): redraw the rare accidental repeat so the library really has `count` works.
    let title = workTitle(w);
    let author = authorName(w);
    while (stories.has(`${title}|${author}`)) {
      title = workTitle(w);
      author = authorName(w);
    }
    stories.add(`${title}|${author}`);
    // Most works are one paragraph per line; ~20% are hard-wrapped at 72-78 columns.
    const shape: Shape = w.chance(0.2) ? { wrapCol: w.int(72, 78), blankBetween: true } : { wrapCol: 0, blankBetween: w.chance(0.6) };
    const head = header(w, title, author, chapters, words);
    const bodies = chapterLengths(w, words, chapters).map((cw, c) =>
      // A one-chapter work often has no chapter heading at all.
      chapters === 1 && w.chance(0.5) ? chapterBody(w, pool, cw, shape) : `${chapterHeading(w, c + 1)}\n\n${chapterBody(w, pool, cw, shape)}`,
    );
    // Fandoms are Zipf-like: a few big ones, a long tail.
    const fandom = fandoms[Math.min(fandoms.length - 1, Math.floor(fandoms.length * w.next() ** 2.5))];
    const slug = `${title.toLowerCase().replace(/[^a-z]+/g, '-')}-${i}`;
    const dir = join(root, fandom);
    mkdirSync(dir, { recursive: true });
    if (chapters >= 2 && w.chance(0.01)) {
      // ~1% are split downloads: a folder of chapter files (one work).
      mkdirSync(join(dir, slug));
      bodies.forEach((b, c) => {
        const text = (c === 0 ? `${head}\n\n\n${b}` : b) + '\n';
        writeFileSync(join(dir, slug, `chapter-${String(c + 1).padStart(2, '0')}.txt`), text);
        bytes += Buffer.byteLength(text);
      });
    } else {
      const text = `${head}\n\n\n${bodies.join('\n\n\n')}\n`;
      writeFileSync(join(dir, `${slug}.txt`), text);
      bytes += Buffer.byteLength(text);
    }
    if ((i + 1) % 1000 === 0) log(`generated ${i + 1}/${count} works (${(bytes / 1e9).toFixed(2)} GB)`);
  }
  return bytes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const works = process.argv.includes('--small') ? 1000 : 10_000;
  const d = ensureCorpus(works, (m) => process.stderr.write(m + '\n'));
  process.stdout.write(JSON.stringify(d, null, 2) + '\n');
}
