import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, countWordsIn } from '../../src/core/count-words.js';
import { wordsAndHash } from '../../src/core/part-scan.js';
import { textHash } from '../../src/core/text-hash.js';
import { collapse, classifyHeading } from '../../src/core/parse-headings.js';
import { mayBeHeading, needsCollapse } from '../../src/core/line-chars.js';

/** Characters that make word counts and hashes tricky: quotes, CJK (BMP and astral), emoji, NBSP and other spaces, hyphens, apostrophes, CR, U+FFFD. */
const tricky = [
  'a', 'Z', 'é', '1', ' ', ' ', '\n', '\r', '\t', '\u00a0', '\u3000', '\u2009', '\u202f', '\u200b', '\ufeff', '“', '”', '‘', '’', "'", '-', '—',
  '–', '.', '*', '中', 'の', 'カ', '\u{20000}', '\u{1F600}', '\ud840', '\udc00', '\ufffd', '\u0301', 'ß', 'Ⅻ', '٣',
];
const trickyText = fc.array(fc.constantFrom(...tricky), { maxLength: 80 }).map((a) => a.join(''));

describe('countWordsIn', () => {
  it('counts a range as countWords counts its slice', () => {
    fc.assert(
      fc.property(trickyText, fc.nat(), fc.nat(), (s, a, b) => {
        const [start, end] = [Math.min(a, b) % (s.length + 1), Math.max(a, b) % (s.length + 1)].sort((x, y) => x - y);
        expect(countWordsIn(s, start, end)).toBe(countWords(s.slice(start, end)));
        expect(countWordsIn(s, start, end, 3)).toBe(countWords(s.slice(start, end), 3));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('wordsAndHash', () => {
  it('gives the words of the range and the textHash of its body, on tricky text', () => {
    fc.assert(
      fc.property(trickyText, trickyText, trickyText, (pre, heading, body) => {
        // The body starts after a line break, as a part's body does (or at the range's start).
        const text = `${pre}${heading}\n${body}`;
        const start = pre.length;
        for (const from of [start, start + heading.length + 1]) {
          const r = wordsAndHash(text, start, from, text.length);
          expect(r.words).toBe(countWords(text.slice(start)));
          expect(r.hash).toBe(textHash(text.slice(from)));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it('takes in the unit after a CJK high surrogate, whatever it is', () => {
    for (const s of ['\ud840 x', '\ud840', '\ud840\n', 'ab\ud840c d', '\u{20000}\u{20001} e']) {
      expect(wordsAndHash(s, 0, 0, s.length)).toEqual({ words: countWords(s), hash: textHash(s) });
    }
  });
});

const headingish = fc.array(fc.constantFrom(...tricky, 'C', 'h', 'p', 't', 'e', 'r', 'I', 'V', 'X', '7', '~', '#', '[', ']', '第', '一', '章', ':', 'P', 'o', 'l', 'g', 'u', 'T'), { maxLength: 30 }).map((a) => a.join(''));

describe('line pre-checks', () => {
  it('needsCollapse is false exactly when collapse leaves the line as it is', () => {
    fc.assert(fc.property(headingish, (s) => { expect(needsCollapse(s)).toBe(s.replace(/[\s\u00a0\u3000]+/g, ' ').trim() !== s); }), { numRuns: 20000 });
  });

  it('mayBeHeading never rejects a line classifyHeading accepts', () => {
    const samples = ['Chapter 1', '  ~*~ Chapter One: The Storm ~*~', '第一章 开始', 'PROLOGUE', 'The Epilogue', 'IV.', '12. The End', '[Chapter 3]', '* Part Two *', '— Chapter 1', '“Chapter 1”'];
    for (const s of samples) if (classifyHeading(s)) expect(mayBeHeading(s)).toBe(true);
    fc.assert(
      fc.property(headingish, (s) => {
        if (!mayBeHeading(s)) expect(classifyHeading(s)).toBeNull();
      }),
      { numRuns: 20000 },
    );
    expect(collapse(' a  b ')).toBe('a b');
  });
});
