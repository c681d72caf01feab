import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { layoutWorkSection } from '../../src/core/layout.js';

const load = (text: string) => loadWork({ id: 'big', path: 'big.txt', files: [{ name: 'big.txt', bytes: Buffer.from(text) }], mtimeMs: 0 });

describe('very large input', () => {
  it('a 3 MB file on one line is one readable part, wrapped to the measure', () => {
    const sentence = 'She walked on through the rain without looking back at the house. ';
    const text = sentence.repeat(Math.ceil(3_000_000 / sentence.length));
    const work = load(text);
    expect(work.parts).toHaveLength(1);
    expect(work.words).toBe(12 * Math.ceil(3_000_000 / sentence.length));
    const lines = layoutWorkSection(work, 0, 72);
    expect(lines.length).toBeGreaterThan(40_000);
    expect(Math.max(...lines.map((l) => l.text.length))).toBeLessThanOrEqual(72);
    // Nothing lost: the last words are on the last line.
    expect(lines[lines.length - 1].text).toContain('looking back at the house.');
  });

  it('a 10 MB book with 300 chapters keeps every chapter', () => {
    const chapter = (n: number) => `Chapter ${n}\n\n${'The road ran on and on past fields and farms and towns. '.repeat(600)}\n\n`;
    const text = Array.from({ length: 300 }, (_, i) => chapter(i + 1)).join('');
    expect(text.length).toBeGreaterThan(10_000_000);
    const work = load(text);
    expect(work.parts).toHaveLength(300);
    expect(work.parts[299].title).toBe('Chapter 300');
  });
});
