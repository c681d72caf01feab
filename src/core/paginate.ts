/**
 * Pages are windows of `height` lines over a laid-out section.
 *
 * Design: a page starts at the line holding the reader's position, not at a
 * fixed multiple of `height`. After a resize, the line holding the stored
 * offset becomes the top line, so the sentence being read stays at the TOP
 * of the screen. Next page = top + height (one more past the blank row
 * between two paragraphs: no page opens on an empty row), previous = the
 * way back (see reader-state.ts), so paging forward and back never loses or
 * repeats a line. Page numbers ("page p/P") count the pages from the start
 * ({@link pageStarts}); they are exact when the reader paged from there.
 */
import type { Line } from './layout.js';

/**
 * Top lines of the pages of a section when paging from its start, each
 * {@link nextPageTop} of the one before. Cached per laid-out section and
 * height: the status line asks on every frame, and a part of the 10 MB
 * serial has a few hundred pages.
 */
export function pageStarts(lines: readonly Line[], height: number): Int32Array {
  const h = Math.max(1, height);
  let byHeight = startsCache.get(lines);
  if (!byHeight) startsCache.set(lines, (byHeight = new Map()));
  let starts = byHeight.get(h);
  if (!starts) {
    const list = [0];
    for (let top = nextPageTop(lines, 0, h); top < lines.length; top = nextPageTop(lines, top, h)) list.push(top);
    byHeight.set(h, (starts = Int32Array.from(list)));
  }
  return starts;
}
const startsCache = new WeakMap<readonly Line[], Map<number, Int32Array>>();

/** Number of pages of `height` lines paging from the start (at least 1, even for an empty section). */
export function pageCount(lines: readonly Line[], height: number): number {
  return pageStarts(lines, height).length;
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

/**
 * 1-based number of the page whose top line is `top`: exact when the reader
 * paged from the start; after a resize or a jump, the page whose start is
 * the last one at or before `top`.
 */
export function pageNumber(lines: readonly Line[], top: number, height: number): number {
  const starts = pageStarts(lines, height);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] <= top) lo = mid + 1;
    else hi = mid;
  }
  return Math.max(1, lo);
}

/** Top line of the last page when paging from the start. */
export function lastPageStart(lines: readonly Line[], height: number): number {
  const starts = pageStarts(lines, height);
  return starts[starts.length - 1];
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
