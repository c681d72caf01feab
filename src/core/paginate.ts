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

/** Top line of the last page when paging from the start in steps of `height` (past a blank row, see {@link nextPageTop}). */
export function lastPageStart(lines: readonly Line[], height: number): number {
  return pastBlank(lines, (pageCount(lines, height) - 1) * Math.max(1, height));
}

/** `i`, or the line after it when `i` is the blank row between two blocks (and not the last line). */
function pastBlank(lines: readonly Line[], i: number): number {
  return lines[i]?.kind === 'blank' && i + 1 < lines.length ? i + 1 : i;
}

/**
 * Top line of the page after the one at `top`: `height` lines on, or one
 * more when that line is the blank row between two paragraphs. A page never
 * opens on an empty row; the page break already separates the paragraphs,
 * and the row holds no text.
 */
export function nextPageTop(lines: readonly Line[], top: number, height: number): number {
  return pastBlank(lines, top + Math.max(1, height));
}

/**
 * Top line of the page before the one at `top` when nothing says where the
 * reader came from (negative before the section's start): `height` lines up,
 * or one more when that page would open on a blank row and the row just
 * above `top` is blank too (the skip {@link nextPageTop} makes), so the
 * previous page ends where this one begins.
 */
export function prevPageTop(lines: readonly Line[], top: number, height: number): number {
  const t = top - Math.max(1, height);
  return t > 0 && lines[t]?.kind === 'blank' && lines[top - 1]?.kind === 'blank' ? t - 1 : t;
}

/** The lines visible on the page starting at line `top`. */
export function pageLines(lines: readonly Line[], top: number, height: number): Line[] {
  return lines.slice(top, top + Math.max(1, height));
}
