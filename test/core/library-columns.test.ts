import { describe, expect, it } from 'vitest';
import { libraryColumns, shortAgo } from '../../src/core/library-columns.js';
import type { LibraryRow } from '../../src/core/library-state.js';
import { summary } from './fixtures.js';

const row = (title: string, author: string | null = null): LibraryRow => ({
  lastRead: undefined,
  work: summary(title, { title, author }), progress: 0, badge: null, state: 'not-started', minutesLeft: 10,
});
const labels = (width: number, rows: LibraryRow[]) => libraryColumns(width, rows).map((c) => c.label);
const total = (width: number, rows: LibraryRow[]) => libraryColumns(width, rows).reduce((n, c) => n + c.width + 2, 0);

describe('library columns', () => {
  it('shows every column at 80 columns when the titles are short', () => {
    expect(labels(80, [row('000_55ebb60814069135'), row('003', 'Annie Sewell-Jennings')])).toEqual(['Title', 'Author', 'Parts', 'Words', 'Read', 'Left', 'Last read']);
    expect(total(80, [row('000_55ebb60814069135')])).toBeLessThanOrEqual(80);
  });

  it('gives a long title the room and drops parts, then last read, first', () => {
    const long = [row('Harry Potter and the Methods of Rationality, Book One', 'Less Wrong')];
    const cols = libraryColumns(80, long);
    expect(cols[0].width).toBeGreaterThanOrEqual(20);
    expect(labels(50, long)).toEqual(['Title', 'Words', 'Read', 'Left']);
    expect(total(50, long)).toBeLessThanOrEqual(50);
  });

  it('fits the smallest window the library draws in (20 columns), so no row wraps', () => {
    for (const width of [20, 21, 22, 25]) {
      expect(total(width, [row('000_55ebb60814069135', 'Annie Sewell-Jennings')]), `${width} columns`).toBeLessThanOrEqual(width);
    }
  });

  it('makes the title no wider than the titles need', () => {
    expect(libraryColumns(160, [row('Short')])[0].width).toBe(20);
    expect(libraryColumns(160, [row('A title that takes thirty-six cells')])[0].width).toBe(35);
  });

  it('leaves out the author column when no work has an author', () => {
    expect(labels(100, [row('a'), row('b')])).not.toContain('Author');
  });

  it('says when a work was last read in at most ten cells', () => {
    const now = Date.UTC(2024, 5, 1);
    expect(shortAgo(now - 12 * 60_000, now)).toBe('12 min ago');
    expect(shortAgo(now - 3 * 86_400_000, now)).toBe('3 days ago');
    expect(shortAgo(undefined, now)).toBe('');
  });
});
