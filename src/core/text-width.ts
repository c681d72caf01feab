/**
 * Terminal display width helpers: CJK characters and most emoji take two
 * columns, combining marks none. Strings are cut on grapheme boundaries, so
 * an emoji ZWJ sequence or a letter with its accent is never split.
 */
import stringWidth from 'string-width';
import { graphemesOf } from './graphemes.js';

/** Printable ASCII: one column per character, which string-width (a grapheme walk) finds out slowly. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/** Columns `s` takes in a terminal. Most titles and authors are plain ASCII: a 10,000-work list measures thousands at start-up. */
export function displayWidth(s: string): number {
  return PRINTABLE_ASCII.test(s) ? s.length : stringWidth(s);
}

/**
 * Cuts `s` to at most `width` columns. When it had to cut, the last column
 * holds `ellipsis` (default `…`; pass '' for a hard cut). A wide character
 * that would straddle the limit is dropped rather than split.
 */
export function truncateToWidth(s: string, width: number, ellipsis = '…'): string {
  if (width <= 0) return '';
  if (displayWidth(s) <= width) return s;
  const ellWidth = stringWidth(ellipsis);
  if (ellWidth > width) return truncateToWidth(ellipsis, width, '');
  const room = width - ellWidth;
  let out = '';
  let used = 0;
  for (const segment of graphemesOf(s)) {
    const w = stringWidth(segment);
    if (used + w > room) break;
    out += segment;
    used += w;
  }
  return out + ellipsis;
}

/** Pads `s` with spaces to exactly `width` columns (truncating first if needed). */
export function padToWidth(s: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncateToWidth(s, width);
  const pad = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'left' ? cut + pad : pad + cut;
}
