import { describe, expect, it } from 'vitest';
import { addReadingTime, emptyStats, initialSpeed, minutesFor, recordPage, sanitizeSpeed, wpm, type Speed } from '../../src/core/reading-speed.js';

/** `n` pages of `words` words, each read at `rate` wpm. */
function readPages(speed: Speed, n: number, words: number, rate: number): Speed {
  let s = speed;
  for (let i = 0; i < n; i++) s = recordPage(s, { words, ms: (words / rate) * 60000 });
  return s;
}

describe('reading speed learned from paging', () => {
  it('starts at 250 wpm: a 2,500-word chapter is 10 minutes', () => {
    expect(wpm(initialSpeed())).toBe(250);
    expect(minutesFor(initialSpeed(), 2500)).toBe(10);
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

describe('reading-time stats', () => {
  it('totals per work, per day and overall', () => {
    let st = emptyStats();
    st = addReadingTime(st, { day: '2024-05-01', workId: 'ao3-1', ms: 60000, words: 250, pages: 1 });
    st = addReadingTime(st, { day: '2024-05-01', workId: 'ffnet-2', ms: 120000, words: 500, pages: 2 });
    st = addReadingTime(st, { day: '2024-05-02', workId: 'ao3-1', ms: 30000, words: 100, pages: 1 });
    expect(st.total).toEqual({ ms: 210000, words: 850, pages: 4 });
    expect(st.byWork['ao3-1']).toEqual({ ms: 90000, words: 350, pages: 2 });
    expect(st.byDay['2024-05-01']).toEqual({ ms: 180000, words: 750, pages: 3 });
    expect(JSON.parse(JSON.stringify(st))).toEqual(st);
  });

  it('does not change the stats it is given, and ignores nonsense amounts', () => {
    const st = emptyStats();
    const next = addReadingTime(st, { day: '2024-05-01', workId: 'w', ms: -5, words: Number.NaN, pages: 1 });
    expect(st).toEqual(emptyStats());
    expect(next.total).toEqual({ ms: 0, words: 0, pages: 1 });
  });

  it('a work id like "constructor" or "__proto__" is just a key', () => {
    let st = emptyStats();
    for (const id of ['constructor', '__proto__', 'constructor']) {
      st = addReadingTime(st, { day: '2024-05-01', workId: id, ms: 1000, words: 10, pages: 1 });
    }
    expect(st.byWork.constructor).toEqual({ ms: 2000, words: 20, pages: 2 });
    expect(Object.keys(st.byWork).sort()).toEqual(['__proto__', 'constructor']);
    expect(Object.getPrototypeOf(st.byWork)).toBe(Object.prototype);
  });
});

describe('stored speed', () => {
  it('a damaged stored speed starts over at 250 wpm instead of showing nonsense', () => {
    const good = readPages(initialSpeed(), 5, 280, 320);
    expect(sanitizeSpeed(JSON.parse(JSON.stringify(good)))).toEqual(good);
    for (const bad of [null, 'fast', { rate: 'x', words: 1, pages: 1 }, { rate: 1e9, words: 10, pages: 1 }, { rate: 300, words: -1, pages: 1 }]) {
      expect(wpm(sanitizeSpeed(bad))).toBe(250);
    }
  });
});
