import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { NARROW_CHARS, narrowSegments, narrowWidth } from '../../src/core/narrow-text.js';

/** Every character NARROW_CHARS names (its ranges written out). */
function narrowChars(): string[] {
  const out: string[] = [];
  const unescape = (s: string) => String.fromCharCode(parseInt(s.slice(2), 16));
  for (const m of NARROW_CHARS.matchAll(/(\\(?:x[0-9a-f]{2}|u[0-9a-f]{4}))(?:-(\\(?:x[0-9a-f]{2}|u[0-9a-f]{4})))?/g)) {
    const from = unescape(m[1]).charCodeAt(0);
    const to = m[2] ? unescape(m[2]).charCodeAt(0) : from;
    for (let c = from; c <= to; c++) out.push(String.fromCharCode(c));
  }
  return out;
}

describe('narrow text (the bundle measures it without string-width)', () => {
  const chars = narrowChars();
  const segmenter = new Intl.Segmenter();

  it('covers what the library rows draw', () => {
    expect(chars.length).toBeGreaterThan(700);
    for (const c of 'aZ ~—·…▸▏•“”‘’éÆøĳ') expect(chars).toContain(c);
  });

  it('takes one column a character, each its own grapheme, as string-width says', () => {
    for (const c of chars) {
      expect([stringWidth(c), [...segmenter.segment(`a${c}${c}a`)].length], `U+${c.charCodeAt(0).toString(16)}`).toEqual([1, 4]);
    }
  });

  it('gives the width string-width gives, or leaves the string to it', () => {
    const alphabet = [...chars.filter((_, i) => i % 7 === 0), '\u0301', '\u200d', '👍', '語', '\x1b', '\u00ad', '©', '\ufe0f', '\t'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(narrowWidth(s) ?? stringWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 3000 },
    );
    expect(narrowWidth('▸ Ashes after Compass  —  7m')).toBe(28);
    expect(narrowWidth('e\u0301')).toBeUndefined();
  });

  it('cuts plain lines and colour codes into the graphemes Intl.Segmenter gives, or leaves the line to it', () => {
    const grapheme = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
    const alphabet = [...chars.filter((_, i) => i % 5 === 0), '\x1b', '[', 'm', '7', ';', '\u0301', '\u200d', '👍', '語', '\r\n'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 16 }), (parts) => {
        const s = parts.join('');
        const fast = narrowSegments(s);
        if (/[\u0301\u200d👍語\r]/u.test(s)) expect(fast).toBeUndefined();
        else expect(fast).toEqual([...grapheme.segment(s)].map(({ segment, index }) => ({ segment, index })));
      }),
      { numRuns: 3000 },
    );
  });
});
