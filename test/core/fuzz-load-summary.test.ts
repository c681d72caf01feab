/**
 * The indexer's byte path (loadSummary) must give exactly the summary the
 * string path (loadWork) gives: the same title, parts, words, hashes,
 * identity and layout, or decline (null) and leave the file to loadWork.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSummary } from '../../src/core/load-summary.js';
import { loadWork, rejectReason, type WorkSource } from '../../src/core/load-work.js';
import { normalizeText } from '../../src/core/normalize.js';
import type { WorkSummary } from '../../src/core/types.js';
import { TIMEOUT, bigFileBytes, fileBytes, runs, structuredText } from './arbitraries.js';

const source = (bytes: Uint8Array, path = 'work.txt'): WorkSource => ({ id: 'w', path, files: [{ name: path, bytes }], mtimeMs: 7 });

/** loadWork's summary, as JSON would keep it (the index cache's form). */
function stringSummary(src: WorkSource): WorkSummary {
  const { text: _t, sections: _s, hardWrapped: _h, ...summary } = loadWork(src);
  return JSON.parse(JSON.stringify(summary)) as WorkSummary;
}

/** Null when the byte path declines; else asserts it matches the string path. */
function expectSame(src: WorkSource): WorkSummary | null {
  const fast = loadSummary(src);
  if (fast) expect(JSON.parse(JSON.stringify(fast))).toEqual(stringSummary(src));
  return fast;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
// Texts as they are once normalised (what most downloaded files already are): the ones the byte path is for.
const clean = structuredText.map(normalizeText);

describe('loadSummary (index from bytes)', () => {
  it('gives the string path’s summary for random clean UTF-8 works, and takes those it can', () => {
    let taken = 0;
    let tried = 0;
    fc.assert(
      fc.property(clean, fc.boolean(), (text, bom) => {
        const bytes = utf8(bom ? `\ufeff${text}` : text);
        if (rejectReason(bytes)) return;
        tried++;
        if (expectSame(source(bytes))) taken++;
      }),
      runs(150),
    );
    // Works with a contents list or Gutenberg markers (three in four here) go the string way.
    expect(taken).toBeGreaterThan(tried * 0.15);
  }, TIMEOUT);

  it('declines or agrees on any file at all (other encodings, CRs, controls, damage)', () => {
    fc.assert(
      fc.property(fileBytes, (bytes) => {
        if (!rejectReason(bytes)) expectSame(source(bytes));
      }),
      runs(200),
    );
  }, TIMEOUT);

  it('agrees on big files: one huge line, thousands of tiny lines, a 200,000-character run', () => {
    fc.assert(
      fc.property(bigFileBytes, (bytes) => {
        if (!rejectReason(bytes)) expectSame(source(bytes));
      }),
      runs(8),
    );
  }, TIMEOUT);

  it('counts and hashes characters past U+FFFF, CJK and compatibility ideographs as the string path does', () => {
    const text = `Title: 𝔗𝔥𝔢 Tale\nAuthor: Me\n\nChapter 1\n\n𠀀𠀁 word 豈x 👍🏽 ok 中文 “quoted” — dash… a𝒜b\n\nChapter 2\n\n${'More words here. '.repeat(40)}\n`;
    const fast = expectSame(source(utf8(text)));
    expect(fast?.parts.map((p) => p.title)).toEqual(['Chapter 1', 'Chapter 2']);
    // A joiner inside an emoji or a word stays (normalisation keeps it there), so the file is still read from its bytes.
    expect(expectSame(source(utf8(`${text}Family 👩\u200d👧 and می\u200cخواهم.\n`)))).not.toBeNull();
  });

  it('reads CRLF files from their bytes, as the string path reads them once normalised', () => {
    fc.assert(
      fc.property(clean, (text) => {
        expectSame(source(utf8(text.replace(/\n/g, '\r\n'))));
      }),
      runs(100),
    );
    const crlf = utf8('Title: T\r\nAuthor: A\r\n\r\nChapter 1\r\n\r\nIt began.\r\n\r\nChapter 2\r\n\r\nIt ended well enough, in the end.\r\n');
    expect(expectSame(source(crlf))?.parts.map((p) => p.title)).toEqual(['Chapter 1', 'Chapter 2']);
  }, TIMEOUT);

  it('leaves to the string path what normalisation would change', () => {
    for (const text of ['a\rb\n', 'a\r', 'a\u001b[2Jb\n', 'x \u200d y\n', 'bidi \u202e here\n', 'nbsp\u0085\n', 'feff\ufeffmid\n']) {
      expect(loadSummary(source(utf8(text))), JSON.stringify(text)).toBeNull();
    }
    expect(loadSummary(source(Uint8Array.from([0x61, 0xe9, 0x62, 0x0a]))), 'not UTF-8').toBeNull();
  });

  it('agrees on every sample work and every corpus book it takes', () => {
    const roots = ['library', '../shared/corpus'].filter((r) => existsSync(r));
    let taken = 0;
    for (const root of roots) {
      const walk = (dir: string): string[] =>
        readdirSync(dir).flatMap((name) => {
          const p = join(dir, name);
          return statSync(p).isDirectory() ? walk(p) : p.endsWith('.txt') ? [p] : [];
        });
      for (const file of walk(root)) {
        const bytes = readFileSync(file);
        if (!rejectReason(bytes) && expectSame(source(bytes, file))) taken++;
      }
    }
    expect(taken).toBeGreaterThan(0);
  });
});
