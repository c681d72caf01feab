import { describe, expect, it } from 'vitest';
import { initialSpeed, recordPage, sanitizeSpeed, wpm, type Speed } from '../../src/core/reading-speed.js';

/** `n` pages of `words` words, each read at `rate` wpm. */
function readPages(speed: Speed, n: number, words: number, rate: number): Speed {
  let s = speed;
  for (let i = 0; i < n; i++) s = recordPage(s, { words, ms: (words / rate) * 60000 });
  return s;
}

describe('reading speed learned from paging', () => {
  it('starts at 250 wpm: a 2,500-word chapter is 10 minutes', () => {
    expect(wpm(initialSpeed())).toBe(250);
  });

  it('pages flipped past (under 2 s) or left open (over 5 min) are ignored', () => {
    const s = initialSpeed();
    expect(recordPage(s, { words: 300, ms: 1500 })).toEqual(s);
    expect(recordPage(s, { words: 300, ms: 6 * 60 * 1000 })).toEqual(s);
    expect(recordPage(s, { words: 0, ms: 30000 })).toEqual(s);
    // 300 words in 3 s is skimming, not reading.
    expect(recordPage(s, { words: 300, ms: 3000 })).toEqual(s);
  });

  it('one slow first page does not swing the estimate', () => {
    const s = recordPage(initialSpeed(), { words: 250, ms: 4 * 60 * 1000 }); // 62 wpm: a phone call mid-page
    expect(wpm(s)).toBeGreaterThan(200);
    expect(s.pages).toBe(1);
  });

  it("converges on the reader's own speed after a chapter or two", () => {
    const s = readPages(initialSpeed(), 40, 280, 400);
    expect(wpm(s)).toBeGreaterThan(380);
    expect(wpm(s)).toBeLessThanOrEqual(400);
  });

  it('follows a change of pace (older pages fade)', () => {
    const fast = readPages(initialSpeed(), 200, 280, 400);
    const slower = readPages(fast, 200, 280, 200);
    expect(wpm(slower)).toBeGreaterThan(195);
    expect(wpm(slower)).toBeLessThan(215);
  });

  it('is plain JSON', () => {
    const s = readPages(initialSpeed(), 3, 250, 300);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
});
