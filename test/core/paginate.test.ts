import { describe, expect, it } from 'vitest';
import { layoutSection } from '../../src/core/layout.js';
import { lastPageStart, lineIndexAt, nextPageTop, pageCount, pageLines, pageOf, pageStarts, prevPageTop, topLine } from '../../src/core/paginate.js';
import { parseBlocks } from '../../src/core/parse-blocks.js';
import { prose } from './fixtures.js';

const text = prose(12);
const lines = layoutSection(text, parseBlocks(text, false), 30);

describe('pagination', () => {
  it('never loses or repeats a line when walking pages forward', () => {
    for (const height of [1, 5, 7, 24]) {
      const seen = [];
      let top = 0;
      for (;;) {
        seen.push(...pageLines(lines, top, height));
        if (top + height >= lines.length) break;
        // The next page starts at the stored offset of the line after this page.
        top = lineIndexAt(lines, lines[top + height].start);
      }
      expect(seen).toEqual(lines);
    }
  });

  it('counts the pages paging from the start, none opening on a blank row, and numbers them from the top line', () => {
    const starts = [...pageStarts(lines, 5)];
    expect(starts[0]).toBe(0);
    for (let i = 1; i < starts.length; i++) {
      expect(starts[i] - starts[i - 1]).toBe(lines[starts[i - 1] + 5].kind === 'blank' ? 6 : 5);
      expect(lines[starts[i]].kind).not.toBe('blank');
    }
    expect(starts.some((t, i) => i > 0 && t % 5 !== 0), 'the fixture has a page break on a blank row').toBe(true);
    expect(pageCount(lines, 5)).toBe(starts.length);
    expect(pageCount([], 5)).toBe(1);
    expect(pageOf(lines, 0, 5)).toEqual({ page: 1, pages: starts.length });
    expect(pageOf(lines, starts[1], 5)).toEqual({ page: 2, pages: starts.length });
    for (let i = 1; i < starts.length; i++) expect(prevPageTop(lines, starts[i], 5)).toBe(starts[i - 1]);
    expect(lastPageStart(lines, 5)).toBe(starts.at(-1));
    expect(lastPageStart(lines, 5) + 5).toBeGreaterThanOrEqual(lines.length);
  });

  it('off the grid (after a line scroll or a resize) counts one more page for every next page, and ends at pages/pages', () => {
    for (const first of [1, 2, 3, 4, 7]) {
      const seen: number[] = [];
      let total = 0;
      for (let top = topLine(lines, lines[first].start); top < lines.length; top = nextPageTop(lines, top, 5)) {
        const { page, pages } = pageOf(lines, top, 5);
        seen.push(page);
        total = pages;
        expect(lines[top].kind).not.toBe('blank');
      }
      expect(seen).toEqual(seen.map((_, i) => seen[0] + i));
      expect(seen.at(-1)).toBe(total);
    }
  });

  it('finds the line showing an offset, or the next line when the offset is in whitespace', () => {
    const i = 2; // a line inside the first paragraph
    const l = lines[i];
    expect(lineIndexAt(lines, l.start)).toBe(i);
    expect(lineIndexAt(lines, l.end - 1)).toBe(i);
    expect(lineIndexAt(lines, l.end)).toBe(i + 1); // the space or newline after the line
    expect(lineIndexAt(lines, 0)).toBe(0);
    expect(lineIndexAt(lines, text.length + 100)).toBe(lines.length - 1);
    expect(lineIndexAt([], 3)).toBe(0);
  });

  it('gives the blank spacer between blocks its own offset, so a page can begin with it', () => {
    const blank = lines.findIndex((x) => x.kind === 'blank');
    expect(lineIndexAt(lines, lines[blank].start)).toBe(blank);
    expect(lineIndexAt(lines, lines[blank + 1].start)).toBe(blank + 1);
  });
});
