import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import stringWidth from 'string-width';
import { displayWidth, padToWidth, truncateToWidth } from '../../src/core/text-width.js';
import { formatAgo } from '../../src/core/format-ago.js';

describe('truncateToWidth', () => {
  it('leaves strings that fit alone', () => {
    expect(truncateToWidth('Hello', 5)).toBe('Hello');
    expect(truncateToWidth('', 3)).toBe('');
  });

  it('cuts ASCII with an ellipsis in the last column', () => {
    expect(truncateToWidth('Hello world', 8)).toBe('Hello w…');
    expect(displayWidth(truncateToWidth('Hello world', 8))).toBe(8);
    expect(truncateToWidth('Hello', 4, '')).toBe('Hell');
  });

  it('counts CJK as two columns and never splits a wide char', () => {
    expect(displayWidth('三体')).toBe(4);
    const cut = truncateToWidth('三体：地球往事', 6);
    expect(cut).toBe('三体…');
    expect(displayWidth(cut)).toBe(5);
    expect(displayWidth(padToWidth(cut, 6))).toBe(6);
  });

  it('keeps emoji sequences whole', () => {
    const family = '👨‍👩‍👧';
    expect(displayWidth(family)).toBe(2);
    expect(truncateToWidth(`${family}${family}${family}`, 5)).toBe(`${family}${family}…`);
    expect(truncateToWidth('e\u0301e\u0301e\u0301e\u0301', 3)).toBe('e\u0301e\u0301…');
  });

  it('handles tiny widths', () => {
    expect(truncateToWidth('Hello', 0)).toBe('');
    expect(truncateToWidth('Hello', 1)).toBe('…');
    expect(truncateToWidth('三体', 1)).toBe('…');
  });

  it('pads to an exact width, left or right', () => {
    expect(padToWidth('ab', 4)).toBe('ab  ');
    expect(padToWidth('ab', 4, 'right')).toBe('  ab');
    expect(padToWidth('日本語のタイトル', 7)).toBe('日本語…');
    expect(displayWidth(padToWidth('日本語のタイトル', 8))).toBe(8);
  });
});

describe('formatAgo', () => {
  const now = Date.UTC(2024, 5, 1, 12);
  const min = 60_000;
  const day = 24 * 60 * min;
  it.each([
    [undefined, 'never'],
    [0, 'never'],
    [now - 10_000, 'just now'],
    [now + 60_000, 'just now'],
    [now - min, '1 minute ago'],
    [now - 5 * min, '5 minutes ago'],
    [now - 60 * min, '1 hour ago'],
    [now - 23 * 60 * min, '23 hours ago'],
    [now - day, '1 day ago'],
    [now - 3 * day, '3 days ago'],
    [now - 20 * day, '2 weeks ago'],
    [now - 100 * day, '3 months ago'],
    [now - 800 * day, '2 years ago'],
  ])('%s → %s', (ms, expected) => {
    expect(formatAgo(ms, now)).toBe(expected);
  });
});

describe('displayWidth', () => {
  it('gives string-width’s answer for printable ASCII (its fast path) and for everything else', async () => {
    const { default: stringWidth } = await import('string-width');
    const fc = (await import('fast-check')).default;
    const ascii = fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 40 });
    fc.assert(fc.property(ascii, (s) => { expect(displayWidth(s)).toBe(stringWidth(s)); }), { numRuns: 2000 });
    for (const s of ['', 'Harry Potter', '\u001b[31mred\u001b[0m', 'tab\there', '中文 title', 'café', 'emoji 😀', 'e\u0301']) {
      expect(displayWidth(s)).toBe(stringWidth(s));
    }
  });
});

describe('displayWidth', () => {
  // The one-column shortcut must count exactly what string-width counts, or a title would be cut differently.
  const ONE = [' ', 'a', '~', '\u00a0', 'é', '×', 'ÿ', '–', '—', '‘', '’', '“', '”', '…', '·'];
  const OTHER = ['\u00ad', '\u0301', '中', '👍', '\u200d', '\u00e9\u0301', 'Ā', '\u2010', '\u2022'];
  // The two-column shortcut's edges: kana, CJK ideographs, Hangul syllables, and the joining voicing marks it leaves out.
  const WIDE = ['ぁ', 'ゖ', 'ァ', 'ヺ', '㐀', '䶿', '一', '鿿', '가', '힣', '\u3099', '\u309a', '\u30fb', 'ー', '。', '「'];

  it('measures the status line and curly-quoted titles as string-width does', () => {
    for (const s of ['Part 250/300: The Bitter Ember · p. 9/18 · 83% · 9 min left', '“Wait…” — café', '长夜行', '无名氏', ...ONE, ...OTHER, ...WIDE]) {
      expect(displayWidth(s), s).toBe(stringWidth(s));
    }
  });

  it('counts one column for each character string-width counts one for, in the whole shortcut range', () => {
    const codes = [...Array.from({ length: 0x5f }, (_, i) => 0x20 + i), ...Array.from({ length: 0x60 }, (_, i) => 0xa0 + i).filter((c) => c !== 0xad)];
    for (const c of [...codes, 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]) expect(stringWidth(String.fromCharCode(c)), c.toString(16)).toBe(1);
  });

  it('agrees with string-width on any mix of one-column characters and others', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...ONE), fc.constantFrom(...OTHER), fc.constantFrom(...WIDE), fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 12 }), (parts) => {
        const s = parts.join('');
        expect(displayWidth(s)).toBe(stringWidth(s));
      }),
      { numRuns: 2000, seed: 20260602 },
    );
  });
});
