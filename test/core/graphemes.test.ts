import { describe, expect, it } from 'vitest';
import { graphemesOf } from '../../src/core/graphemes.js';
import { wrapRange } from '../../src/core/wrap-text.js';

const reference = (s: string) => Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s), (x) => x.segment);

describe('graphemesOf', () => {
  it('cuts short plain text (keys, titles) as Intl.Segmenter does, with or without its fast path', () => {
    for (const s of ['j', 'jjj', 'Café — “naïve” … ▸ ok', 'e\u0301a', 'a\u200db', '👍🏽x', '語a', '', 'x'.repeat(512)]) expect([...graphemesOf(s)], s).toEqual(reference(s));
  });

  it('splits long strings exactly as Intl.Segmenter does, across its windows', () => {
    // Accents, emoji ZWJ sequences, flags and CRLF placed to straddle the 256-unit windows.
    const unit = 'ab\u0301c👩‍👩‍👧🇫🇷e\r\n三';
    for (const pad of [0, 1, 2, 3, 5, 7]) {
      const s = 'x'.repeat(pad) + unit.repeat(200);
      expect([...graphemesOf(s)]).toEqual(reference(s));
    }
  });

  it('lays out a 3 MB line with no spaces, every character on exactly one line', () => {
    const text = 'd'.repeat(3_000_000);
    let chars = 0;
    let lines = 0;
    let widest = 0;
    wrapRange(text, 0, text.length, 72, (t) => {
      chars += t.length;
      lines++;
      widest = Math.max(widest, t.length);
    });
    expect(chars).toBe(text.length);
    expect(widest).toBe(72);
    expect(lines).toBe(Math.ceil(text.length / 72));
  });
});
