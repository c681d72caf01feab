/**
 * Property tests: the loader never throws on any file, and what it returns
 * keeps every character of the file readable, in order, exactly once.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/count-words.js';
import { decodeBytes } from '../../src/core/decode.js';
import { loadWork, rejectReason, type SourceFile } from '../../src/core/load-work.js';
import { normalizeText } from '../../src/core/normalize.js';
import type { LoadedWork } from '../../src/core/types.js';
import { fromLayout } from '../../src/core/work-layout.js';
import { TIMEOUT, bigFileBytes, fileBytes, runs } from './arbitraries.js';

const source = (files: SourceFile[]) => ({ id: 'fuzz', path: files.length === 1 ? 'fuzz.txt' : 'fuzz', files, mtimeMs: 0 });

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** Everything a reader relies on in a loaded work; throws with the first broken rule. */
function expectValidWork(work: LoadedWork): void {
  const { text, sections } = work;
  expect(CONTROL.test(text), 'no control character reaches the screen').toBe(false);
  expect(sections.length, 'at least one section').toBeGreaterThan(0);
  let pos = 0;
  for (const s of sections) {
    expect(s.start, 'sections follow each other with no gap or overlap').toBe(pos);
    expect(s.end).toBeGreaterThanOrEqual(s.start);
    expect(s.words, 'a section counts the words of its own text').toBe(countWords(text.slice(s.start, s.end)));
    pos = s.end;
  }
  expect(pos, 'the sections reach the end of the text').toBe(text.length);
  expect(sections.map((s) => s.kind[0]).join(''), 'front matter first, back matter last, parts between').toMatch(/^f?p+b?$/);
  const parts = sections.filter((s) => s.kind === 'part');
  expect(work.parts.map((p) => p.words)).toEqual(parts.map((p) => p.words));
  expect(work.parts.map((p) => p.title)).toEqual(parts.map((p) => p.title));
  expect(work.words, "the work's length is the sum of its parts").toBe(parts.reduce((n, p) => n + p.words, 0));
  expect(work.partHashes).toHaveLength(parts.length);
  expect(work.title.trim(), 'the work has a title to list').not.toBe('');
  // Title and author are one tidy line wherever they come from (header fields, a Gutenberg title line, the file name).
  for (const name of [work.title, work.author]) if (name !== null) expect(name).toBe(name.replace(/\s+/g, ' ').trim());
  // Headings are shown on one line in the contents: trimmed, whitespace collapsed, never empty.
  for (const name of sections.flatMap((s) => [s.title, s.subtitle, s.group ?? null])) {
    if (name !== null) expect(name, 'a heading is one tidy line').toBe(name.replace(/\s+/g, ' ').trim());
    if (name !== null) expect(name).not.toBe('');
  }
}

describe('loading any file (property)', () => {
  it('either says why a file is not text or loads it with every character in exactly one section', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        const reason = rejectReason(bytes);
        if (reason !== null) {
          expect(typeof reason).toBe('string');
          expect(reason).not.toBe('');
          return;
        }
        const work = loadWork(source([{ name: 'fuzz.txt', bytes }]));
        expect(work.text, 'the text is the whole file, decoded').toBe(normalizeText(decodeBytes(bytes).text));
        expectValidWork(work);
        // Reopening an unchanged file from the cached layout gives the same sections.
        const again = fromLayout(work, work.layout!, bytes);
        expect(again?.sections).toEqual(work.sections);
      }),
      runs(300),
    );
  }, TIMEOUT);

  it('loads a folder of chapter files as one part per file, keeping all their text', () => {
    fc.assert(
      fc.property(fc.array(fileBytes, { minLength: 2, maxLength: 4 }), (all) => {
        const files = all.filter((b) => rejectReason(b) === null).map((bytes, i) => ({ name: `${i + 1}.txt`, bytes }));
        fc.pre(files.length >= 2);
        const work = loadWork(source(files));
        expectValidWork(work);
        expect(work.parts).toHaveLength(files.length);
        const flat = (s: string) => s.replace(/\s+/g, '');
        expect(flat(work.text)).toBe(files.map((f) => flat(normalizeText(decodeBytes(f.bytes).text))).join(''));
      }),
      runs(100),
    );
  }, TIMEOUT);

  it('loads huge lines and ten thousand tiny lines without losing any', () => {
    fc.assert(
      fc.property(bigFileBytes, (bytes) => {
        fc.pre(rejectReason(bytes) === null);
        const work = loadWork(source([{ name: 'big.txt', bytes }]));
        expect(work.text).toBe(normalizeText(decodeBytes(bytes).text));
        expectValidWork(work);
      }),
      runs(8, 0.01),
    );
  }, TIMEOUT);
});
