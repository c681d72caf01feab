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

/** Where `top` is among {@link pageStarts}: its index, or -1 when it is not a page start (after a line scroll, a resize or a jump). */
function startIndex(lines: readonly Line[], top: number, height: number): number {
  const starts = pageStarts(lines, height);
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (starts[mid] < top) lo = mid + 1;
    else hi = mid;
  }
  return starts[lo] === top ? lo : -1;
}

/**
 * Page `page` of `pages` for the page whose top line is `top`: `pages` is
 * the count paging from the start. When `top` is not one of those pages
 * (the grid moved with a line scroll, a resize or a jump), the number is
 * counted back from the last page, so every next page still adds one and
 * the last page is `pages`/`pages`.
 */
export function pageOf(lines: readonly Line[], top: number, height: number): { page: number; pages: number } {
  const pages = pageStarts(lines, height).length;
  const at = startIndex(lines, top, height);
  if (at >= 0) return { page: at + 1, pages };
  let after = 0;
  for (let t = nextPageTop(lines, top, height); t < lines.length; t = nextPageTop(lines, t, height)) after++;
  return { page: Math.max(1, pages - after), pages };
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
 * Top line of the page before the one at `top` (negative before the
 * section's start) when nothing says where the reader came from: the page
 * before on the grid from the start when `top` is on it; else `height` lines
 * up, or one more when that page would open on a blank row and the row just
 * above `top` is blank too (the skip {@link nextPageTop} makes), so the
 * previous page ends where this one begins.
 */
export function prevPageTop(lines: readonly Line[], top: number, height: number): number {
  const at = top > 0 ? startIndex(lines, top, height) : -1;
  if (at > 0) return pageStarts(lines, height)[at - 1];
  const t = top - Math.max(1, height);
  return t > 0 && lines[t]?.kind === 'blank' && lines[top - 1]?.kind === 'blank' ? t - 1 : t;
}

/**
 * The top line of the page for a position at `offset`: the line showing it
 * ({@link lineIndexAt}), or the one after when that is the blank row between
 * two blocks (an offset at a paragraph's end, kept through a resize, opens
 * the page on the next paragraph, not on an empty row).
 */
export function topLine(lines: readonly Line[], offset: number): number {
  return pastBlank(lines, lineIndexAt(lines, offset));
}

/** For a line scroll from `top` to `target`: the blank row between two paragraphs is passed over, in the direction of the scroll. */
export function scrollTarget(lines: readonly Line[], top: number, target: number): number {
  if (lines[target]?.kind !== 'blank') return target;
  return target > top || target === 0 ? pastBlank(lines, target) : target - 1;
}

/** The lines visible on the page starting at line `top`. */
export function pageLines(lines: readonly Line[], top: number, height: number): Line[] {
  return lines.slice(top, top + Math.max(1, height));
}
