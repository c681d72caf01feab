/**
 * Cases the property tests (fuzz-*.test.ts) found, kept as plain examples so
 * they stay fixed whatever the generators draw.
 */
import { describe, expect, it } from 'vitest';
import { layoutSection } from '../../src/core/layout.js';
import { loadWork } from '../../src/core/load-work.js';
import { parseBlocks } from '../../src/core/parse-blocks.js';
import { displayWidth } from '../../src/core/text-width.js';

const load = (text: string) => loadWork({ id: 'r', path: 'r.txt', files: [{ name: 'r.txt', bytes: new TextEncoder().encode(text) }], mtimeMs: 0 });

describe('found by the property tests', () => {
  it('a Gutenberg "End of …" line above the START marker does not hide the book', () => {
    const text = 'End of the Project Gutenberg EBook of Y\n*** START OF THE PROJECT GUTENBERG EBOOK X ***\nIt was a dark night.\n';
    const work = load(text);
    // One pass over the sections shows the whole file once: nothing repeated, nothing lost.
    expect(work.sections.map((s) => text.slice(s.start, s.end)).join('')).toBe(text);
    expect(work.words).toBe(5);
  });

  it('a character under hundreds of accents is shown whole, never its accents alone on the next line', () => {
    const text = `中${'\u0301'.repeat(600)}`;
    const lines = layoutSection(text, parseBlocks(text, false), 1);
    expect(lines.map((l) => l.text)).toEqual([text]);
  });

  it('a skin-tone modifier is never pushed to the next line without the character it belongs to', () => {
    const text = '中\u{1F3FD}中';
    const lines = layoutSection(text, parseBlocks(text, false), 2);
    expect(lines.map((l) => l.text)).toEqual(['中\u{1F3FD}', '中']);
  });

  it('an indented verse line never runs past a narrow screen, even for a character three columns wide', () => {
    const text = 'A line of plain prose.\n   \u{1D158}\u{1D165}\u{1D16E}  the\n    x\n';
    const lines = layoutSection(text, parseBlocks(text, false), 3);
    for (const l of lines) expect(displayWidth(l.text), JSON.stringify(l.text)).toBeLessThanOrEqual(3);
    expect(lines.map((l) => l.text)).toContain('\u{1D158}\u{1D165}\u{1D16E}');
  });

  it('a tab in a Gutenberg title line does not reach the title and author the library lists', () => {
    const work = load('The Project Gutenberg eBook of War\tand  Peace, by Leo\tTolstoy\n\n*** START OF THE PROJECT GUTENBERG EBOOK WAR AND PEACE ***\n\nChapter 1\n\nWell, Prince.\n');
    expect(work.title).toBe('War and Peace');
    expect(work.author).toBe('Leo Tolstoy');
  });

  it('a prepended sign (as U+0600 ARABIC NUMBER SIGN) stays on the line of the character it marks', () => {
    const text = '\u0600中文';
    const lines = layoutSection(text, parseBlocks(text, false), 1);
    expect(lines[0].text).toBe('\u0600中');
  });

  it('a Thai SARA AM is never pushed to the next line without the character it belongs to', () => {
    const text = '中中\u0e33';
    const lines = layoutSection(text, parseBlocks(text, false), 2);
    expect(lines.map((l) => l.text)).toEqual(['中', '中\u0e33']);
  });
});
