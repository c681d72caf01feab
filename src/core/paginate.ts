/**
 * Pages are windows of `height` lines over a laid-out section.
 *
 * Design: a page starts at the line holding the reader's position, not at a
 * fixed multiple of `height`. After a resize, the line holding the stored
 * offset becomes the top line, so the sentence being read stays at the TOP
 * of the screen. Next page = top + height, previous = top - height (clamped
 * at 0), so paging forward and back never loses or repeats a line. Page
 * numbers ("page p/P") are derived approximately: floor(top / height) + 1 of
 * ceil(lines / height); they are exact when the reader paged from the start.
 */
import type { Line } from './layout.js';

/** Number of pages of `height` lines (at least 1, even for an empty section). */
export function pageCount(lines: readonly Line[], height: number): number {
  return Math.max(1, Math.ceil(lines.length / Math.max(1, height)));
}

/**
 * Index of the line showing `offset`: the first line that ends after it or
 * starts at/after it. An offset in the whitespace between two lines maps to
 * the next line; the end of a block maps to the blank spacer after it (the
 * spacer's own offset). Clamped to the last line; 0 for an empty section.
 */
export function lineIndexAt(lines: readonly Line[], offset: number): number {
  let lo = 0;
  let hi = lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const l = lines[mid];
    if (l.end > offset || l.start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return Math.max(0, Math.min(lo, lines.length - 1));
}

/** 1-based page number of the page whose top line is `top` (approximate, see the module comment). */
export function pageNumber(top: number, height: number): number {
  return Math.floor(top / Math.max(1, height)) + 1;
}

/** Top line of the last page when paging from the start in steps of `height`. */
export function lastPageStart(lines: readonly Line[], height: number): number {
  return (pageCount(lines, height) - 1) * Math.max(1, height);
}

/** The lines visible on the page starting at line `top`. */
export function pageLines(lines: readonly Line[], top: number, height: number): Line[] {
  return lines.slice(top, top + Math.max(1, height));
}
