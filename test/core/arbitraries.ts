/**
 * Shared fast-check arbitraries and run settings for the property tests
 * (test/core/fuzz-*.test.ts).
 *
 * `npm test` runs every property a few hundred times from a fixed seed, so a
 * failure is reproducible and the suite stays fast. `npm run fuzz` sets
 * FUZZ_RUNS (many more runs) and a fresh seed each time; a failure prints its
 * seed, and `FUZZ_SEED=<seed> npm run fuzz` replays it.
 */
import fc from 'fast-check';
import { normalizeText } from '../../src/core/normalize.js';

const FUZZ_RUNS = Number(process.env.FUZZ_RUNS) || 0;
const FUZZ_SEED = process.env.FUZZ_SEED === undefined ? undefined : Number(process.env.FUZZ_SEED);

/** True under `npm run fuzz`. */
export const LONG = FUZZ_RUNS > 0;

/**
 * fast-check parameters for one property: `short` runs from a fixed seed in
 * `npm test`; under `npm run fuzz`, FUZZ_RUNS scaled by `weight` (expensive
 * properties pass less than 1) from a random or given seed.
 */
export function runs(short: number, weight = 1): fc.Parameters<unknown> {
  if (!LONG) return { numRuns: short, seed: FUZZ_SEED ?? 20260602 };
  return { numRuns: Math.max(short, Math.round(FUZZ_RUNS * weight)), ...(FUZZ_SEED !== undefined ? { seed: FUZZ_SEED } : {}) };
}

/** Test timeout for a property: generous under `npm run fuzz`. */
export const TIMEOUT = LONG ? 3_600_000 : 20_000;

/** Words and symbols of fiction in many scripts, including the hard cases for width. */
const WORDS = [
  'the', 'rain', 'She', 'walked', 'home.', '"Yes,"', 'he', 'said—', 'well…', "don't", 'naïve', 'café',
  '中文', '的', '我们', '。', '、', '「はい」', 'ひらがな', 'カタカナ', '한국어', '（注）', 'ＡＢＣ',
  '👍', '👩‍👩‍👧‍👦', '🏳️‍🌈', '🇯🇵', '❤️', 'e\u0301', 'a\u0308\u0323', 'Z̤͔ͧ̑a͈͓l', 'ก่', 'क्षि', 'שלום', 'مرحبا',
  '\u200b', 'zero\u200bwidth', '\u200d', '\u00ad', '\u2060', 'x\ufe0f', '\u3000', '\u00a0', '\u2003',
  '中\u0e48', '葛\u{E0100}', '辻\u{E0101}です', '中\u0483', '中\u0651', '中\u{1F3FD}', '中\u20dd',
  'supercalifragilisticexpialidocious', 'http://example.com/a/very/long/path?with=query&and=more', '-----',
];

/** Lines a structure detector might take for headings, markers or a header. */
const HEADING_NOISE = [
  'Chapter 1', 'Chapter 2: The Road', 'CHAPTER IV', 'CHAPTER XII.', 'Chapter One', 'Part I', 'PART TWO', 'BOOK I',
  'Prologue', 'Epilogue', 'Interlude', 'Contents', 'CONTENTS', 'Table of Contents', '1.', 'I.', 'IV', '第一章', '第2章 雨',
  '* * *', '***', '~*~*~', 'xXx', '#', '---', 'Title: x', 'Author: y', 'Rating: T', 'Summary: z', 'Chapter 1 of 3',
  'Status: Complete', 'Words: 10', 'THE END', 'End of Chapter', 'Notes:', 'A/N: thanks',
  '*** START OF THE PROJECT GUTENBERG EBOOK X ***', '*** END OF THE PROJECT GUTENBERG EBOOK X ***',
  '*** START OF THIS PROJECT GUTENBERG EBOOK Y ***', 'End of the Project Gutenberg EBook of Y',
  'Produced by Someone', 'The Project Gutenberg eBook of Z, by W', 'The Project Gutenberg eBook of War\tand  Peace, by Leo\tTolstoy',
];

const word = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 8 }) },
);

const spaces = fc.constantFrom(' ', ' ', ' ', '  ', '\t', '\u00a0', '\u3000', '');

/** One line of text: words glued by assorted spaces, optionally indented. */
export const proseLine: fc.Arbitrary<string> = fc
  .tuple(fc.constantFrom('', '', '', '    ', '\t', '  ', '\u3000'), fc.array(fc.tuple(word, spaces), { maxLength: 24 }))
  .map(([indent, ws]) => indent + ws.map(([w, s]) => w + s).join(''));

/** A run of characters with no space to break at, up to `max` units long. */
export const noSpaceRun = (max: number): fc.Arbitrary<string> =>
  fc.tuple(fc.constantFrom('a', 'ab', '中', '👍', 'e\u0301', '—', '/', '👩‍👧'), fc.integer({ min: 1, max })).map(([s, n]) => s.repeat(Math.ceil(n / s.length)));

const line = fc.oneof(
  { weight: 8, arbitrary: proseLine },
  { weight: 3, arbitrary: fc.constant('') },
  { weight: 3, arbitrary: fc.constantFrom(...HEADING_NOISE) },
  { weight: 1, arbitrary: noSpaceRun(300) },
  { weight: 1, arbitrary: fc.string({ maxLength: 40 }) },
);

const eol = fc.constantFrom('\n', '\n', '\n', '\r\n', '\r');

/** Fiction-like text: prose, blank lines, heading noise and odd characters, with mixed line endings. */
export const fictionText: fc.Arbitrary<string> = fc
  .array(fc.tuple(line, eol), { maxLength: 60 })
  .map((ls) => ls.map(([l, e]) => l + e).join(''));

const paragraph = fc.array(proseLine, { minLength: 1, maxLength: 4 }).map((ls) => ls.join(' ').trim() || 'Quiet.');
const chapterHeading = fc.oneof(
  fc.nat({ max: 40 }).map((n) => `Chapter ${n}`),
  fc.constantFrom('CHAPTER I', 'CHAPTER II.', 'CHAPTER IV', 'Chapter One', 'Prologue', 'Epilogue', 'Part I', 'BOOK TWO', '1.', 'IV', '第一章', '* * *'),
);

/** A work with a structure to find: a header, Gutenberg markers, chapters of prose (and noise lines among them). */
export const structuredText: fc.Arbitrary<string> = fc
  .record({
    header: fc.subarray(['Title: A Fuzzed Tale', 'Author: Q. Check', 'Rating: T', 'Status: Complete', 'Summary: things happen'], { minLength: 0 }),
    gutenberg: fc.boolean(),
    contents: fc.boolean(),
    chapters: fc.array(fc.tuple(chapterHeading, fc.array(fc.oneof({ weight: 5, arbitrary: paragraph }, { weight: 1, arbitrary: line }), { minLength: 1, maxLength: 8 })), { minLength: 1, maxLength: 8 }),
    sep: fc.constantFrom('\n\n', '\n', '\n\n\n', '\r\n\r\n'),
    wrapAt: fc.oneof(fc.constant(0), fc.integer({ min: 40, max: 80 })),
  })
  .map(({ header, gutenberg, contents, chapters, sep, wrapAt }) => {
    // Gutenberg-style hard wrapping: paragraphs broken into lines of at most `wrapAt` characters.
    const wrap = (p: string) => (wrapAt ? p.replace(new RegExp(`(.{1,${wrapAt}})(?: +|$)`, 'gu'), '$1\n').trimEnd() : p);
    const out: string[] = [];
    if (gutenberg) out.push('The Project Gutenberg eBook of A Fuzzed\tTale,  by Q.\tCheck', '*** START OF THE PROJECT GUTENBERG EBOOK A FUZZED TALE ***');
    out.push(...header);
    if (contents) out.push('Contents', ...chapters.map(([h]) => h));
    for (const [h, paras] of chapters) out.push(h, ...paras.map(wrap));
    if (gutenberg) out.push('*** END OF THE PROJECT GUTENBERG EBOOK A FUZZED TALE ***', 'Updated editions will replace the previous one.');
    return out.join(sep) + '\n';
  });

/** Text as it reaches layout: normalised the way the loader normalises every file. */
export const layoutText: fc.Arbitrary<string> = fc
  .oneof({ weight: 3, arbitrary: fictionText }, { weight: 3, arbitrary: structuredText }, { weight: 1, arbitrary: noSpaceRun(2000) }, { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 200 }) })
  .map(normalizeText);

const encoder = new TextEncoder();

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let k = 0;
  if (bom) {
    out[k++] = bigEndian ? 0xfe : 0xff;
    out[k++] = bigEndian ? 0xff : 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[k++] = bigEndian ? c >> 8 : c & 0xff;
    out[k++] = bigEndian ? c & 0xff : c >> 8;
  }
  return out;
}

/** `text` in one of the encodings files come in (or a broken one): UTF-8 ± BOM, UTF-16 ± BOM, Latin-1. */
const encoded = (text: string): fc.Arbitrary<Uint8Array> =>
  fc.constantFrom('utf8', 'utf8', 'utf8bom', 'utf16le', 'utf16be', 'utf16le-nobom', 'latin1').map((enc) => {
    switch (enc) {
      case 'utf8': return encoder.encode(text);
      case 'utf8bom': return encoder.encode(`\ufeff${text}`);
      case 'utf16le': return utf16(text, false, true);
      case 'utf16be': return utf16(text, true, true);
      case 'utf16le-nobom': return utf16(text, false, false);
      default: return Uint8Array.from(text, (c) => c.charCodeAt(0) & 0xff);
    }
  });

/** Cuts a few bytes off either end (a truncated download splits a multi-byte character), or splices in NULs. */
const damaged = (bytes: Uint8Array): fc.Arbitrary<Uint8Array> =>
  fc.oneof(
    { weight: 6, arbitrary: fc.constant(bytes) },
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 3 }).map((k) => bytes.subarray(0, Math.max(0, bytes.length - k))) },
    { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }).map((k) => bytes.subarray(Math.min(k, bytes.length))) },
    { weight: 1, arbitrary: fc.nat({ max: 64 }).map((at) => Uint8Array.from([...bytes.subarray(0, at), 0, ...bytes.subarray(at)])) },
  );

/** The bytes of a file: encoded fiction-like text (maybe damaged), or random bytes. */
export const fileBytes: fc.Arbitrary<Uint8Array> = fc.oneof(
  { weight: 4, arbitrary: fictionText.chain(encoded).chain(damaged) },
  { weight: 4, arbitrary: structuredText.chain(encoded).chain(damaged) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 600 }) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 200 })).map(([bom, rest]) => Uint8Array.from([...bom, ...rest])) },
);

/** Large files: one huge line, or thousands of tiny lines with headings among them (few runs: they are slow). */
export const bigFileBytes: fc.Arbitrary<Uint8Array> = fc
  .oneof(
    fc.tuple(proseLine, fc.integer({ min: 2000, max: 20000 })).map(([l, n]) => `${l} `.repeat(Math.max(1, Math.floor(n / (l.length + 1))))),
    fc.tuple(fc.array(fc.oneof(fc.constantFrom('a', 'I.', '', '1', 'x y'), fc.constantFrom(...HEADING_NOISE)), { minLength: 5, maxLength: 30 }), fc.integer({ min: 5000, max: 10000 }))
      .map(([ls, n]) => Array.from({ length: n }, (_, i) => ls[i % ls.length]).join('\n')),
    noSpaceRun(200_000),
  )
  .chain(encoded);

/** A width to lay text out at: mostly narrow, sometimes very wide. */
export const width: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 13, max: 120 }), fc.integer({ min: 121, max: 400 }));

/** Lines per page, tiny ones included. */
export const height: fc.Arbitrary<number> = fc.oneof(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 5, max: 60 }));
