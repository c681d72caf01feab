import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { alignLine, createLayoutCache, layoutSection, layoutWorkSection, type Line } from '../../src/core/layout.js';
import { parseBlocks } from '../../src/core/parse-blocks.js';
import { makeWork } from './fixtures.js';

const lay = (text: string, width: number, hardWrapped = false, heading = 0) =>
  layoutSection(text, parseBlocks(text, hardWrapped, heading), width);

/** Every non-whitespace char of `text` lies in exactly one line's [start, end). */
function expectExactCover(text: string, lines: Line[]): void {
  const owner = new Int32Array(text.length).fill(-1);
  lines.forEach((l, i) => {
    for (let k = l.start; k < l.end; k++) {
      expect(owner[k], `offset ${k} in lines ${owner[k]} and ${i}`).toBe(-1);
      owner[k] = i;
    }
  });
  for (let k = 0; k < text.length; k++) {
    if (!/[\s\u00a0]/.test(text[k])) expect(owner[k], `offset ${k} (${text[k]}) shown by no line`).toBeGreaterThanOrEqual(0);
  }
}

const HARD = [
  'The weather was unnaturally cool for a southern California fall. Usually',
  'it was still at least seventy and you could get away with wandering',
  'around in t-shirts and such.',
  '',
  '* * *',
  '',
  '     \'How doth the little crocodile',
  '      Improve his shining tail,',
  '     And pour the waters of the Nile, and all the rest of the long line',
  '',
].join('\n');

const CJK = '彼は都会にうんざりしていた。都会に背をむけ、永遠におさらばしたかった。'.repeat(20);
const EMOJI = 'Party 🎉🎉 time 👩‍👩‍👧 family 🇯🇵 flag '.repeat(10) + '😀'.repeat(30);

describe('layoutSection', () => {
  it('re-flows a hard-wrapped paragraph to the new width', () => {
    const lines = lay(HARD, 40, true);
    const para = lines.filter((l) => l.kind === 'paragraph');
    expect(para.map((l) => l.text).join(' ')).toBe(HARD.slice(0, HARD.indexOf('\n\n')).replace(/\s+/g, ' '));
    for (const l of para) expect(stringWidth(l.text)).toBeLessThanOrEqual(40);
    // Greedy fill: the next line's first word would not have fitted.
    for (let i = 0; i + 1 < para.length; i++) {
      expect(stringWidth(para[i].text) + 1 + para[i + 1].text.split(' ')[0].length).toBeGreaterThan(40);
    }
  });

  it('keeps verse line breaks and relative indentation, set off from the prose', () => {
    const verse = lay(HARD, 72, true).filter((l) => l.kind === 'verse').map((l) => l.text);
    expect(verse).toEqual([
      "  'How doth the little crocodile",
      '   Improve his shining tail,',
      '  And pour the waters of the Nile, and all the rest of the long line',
    ]);
  });

  it('wraps a long verse line with a hanging indent', () => {
    const verse = lay(HARD, 40, true).filter((l) => l.kind === 'verse').map((l) => l.text);
    expect(verse.slice(2)).toEqual(['  And pour the waters of the Nile, and', '    all the rest of the long line']);
  });

  it('centers scene breaks and headings, and separates blocks by one blank line', () => {
    const text = 'Chapter One\n\nShe left.\n\n* * *\n\nHe stayed.\n';
    const lines = lay(text, 21, false, 1);
    expect(lines.map((l) => alignLine(l, 21))).toEqual(['     Chapter One', '', 'She left.', '', '        * * *', '', 'He stayed.']);
    expect(lines.map((l) => l.kind)).toEqual(['heading', 'blank', 'paragraph', 'blank', 'break', 'blank', 'paragraph']);
  });

  it('wraps CJK text without spaces between characters, never wider than the width', () => {
    for (const width of [20, 21, 72]) {
      const lines = lay(CJK, width);
      for (const l of lines) expect(stringWidth(l.text)).toBeLessThanOrEqual(width);
      // Lines are filled: only the last may be much shorter than the width.
      for (const l of lines.slice(0, -1)) expect(stringWidth(l.text)).toBeGreaterThanOrEqual(width - 4);
      expect(lines.map((l) => l.text).join('')).toBe(CJK);
    }
  });

  it('keeps the full-width indent that starts a Japanese paragraph', () => {
    const text = '　メルはもう一度しゃべろうとしたが、言葉が出てこなかった。\n　「もう一度彼女を見せてください」\n';
    expect(lay(text, 30).map((l) => l.text)).toEqual([
      '　メルはもう一度しゃべろうとし', 'たが、言葉が出てこなかった。', '', '　「もう一度彼女を見せてくださ', 'い」',
    ]);
  });

  it('never starts a line with closing CJK punctuation', () => {
    for (const width of [10, 11, 12, 13, 14]) {
      for (const l of lay(CJK, width)) expect(l.text[0]).not.toMatch(/[、。」]/);
    }
  });

  it('measures emoji as two columns and never splits a ZWJ family or a flag', () => {
    for (const width of [7, 10, 33]) {
      const lines = lay(EMOJI, width);
      for (const l of lines) expect(stringWidth(l.text)).toBeLessThanOrEqual(width);
      expect(lines.map((l) => l.text).join('')).toContain('👩‍👩‍👧');
      expect(lines.map((l) => l.text).join('')).toContain('🇯🇵');
    }
  });

  it('hard-breaks a word longer than the line', () => {
    const text = `See ${'x'.repeat(25)} here\n`;
    expect(lay(text, 10).map((l) => l.text)).toEqual(['See', 'xxxxxxxxxx', 'xxxxxxxxxx', 'xxxxx here']);
  });

  it('maps every visible character to exactly one line, at any width', () => {
    for (const text of [HARD, CJK, EMOJI, `Title\n\n${HARD}\n${CJK}\n\n***\n\nend`]) {
      for (const width of [1, 5, 13, 40, 80]) expectExactCover(text, lay(text, width, text === HARD, 0));
    }
  });

  it('lays out a 1 MB CJK section with no line wider than the measure', () => {
    // Speed is measured by `npm run bench`, not here.
    const para = `　${'彼は都会にうんざりしていた。「都会に背をむけ、永遠におさらばしたかった」'.repeat(12)}\n`;
    const text = para.repeat(Math.ceil(1_000_000 / Buffer.byteLength(para)));
    const lines = lay(text, 72);
    expect(lines.length).toBeGreaterThan(9000);
    expect(Math.max(...lines.map((l) => stringWidth(l.text)))).toBeLessThanOrEqual(72);
  });
});

describe('layoutWorkSection and createLayoutCache', () => {
  it('detects the heading of a titled part', () => {
    const work = makeWork([{ text: 'Chapter 1\n\nIt begins.\n', title: 'Chapter 1' }]);
    expect(layoutWorkSection(work, 0, 30).map((l) => alignLine(l, 30))).toEqual(['          Chapter 1', '', 'It begins.']);
  });

  it('computes a (section, width) layout once and evicts the least recently used', () => {
    const cache = createLayoutCache(2);
    let calls = 0;
    const compute = () => {
      calls++;
      return [] as Line[];
    };
    const a = cache.get(0, 72, compute);
    expect(cache.get(0, 72, compute)).toBe(a);
    cache.get(1, 72, compute);
    cache.get(0, 72, compute); // touch: (1, 72) is now the oldest
    cache.get(0, 68, compute);
    expect(calls).toBe(3);
    cache.get(1, 72, compute);
    expect(calls).toBe(4);
  });
});
