/**
 * Terminal display width helpers: CJK characters and most emoji take two
 * columns, combining marks none. Strings are cut on grapheme boundaries, so
 * an emoji ZWJ sequence or a letter with its accent is never split.
 */
import stringWidth from 'string-width';
import { graphemesOf } from './graphemes.js';

/**
 * Characters of one column each that are never joined to their neighbours:
 * printable ASCII, Latin-1 but the soft hyphen (which takes none), and the
 * punctuation of fiction and of the status line (– — ‘ ’ “ ” … ·). For text
 * of only these, string-width (a grapheme walk) would count one per
 * character, slowly: the reader's status line measures a dozen forms with
 * `·` in them before its first page.
 */
const ONE_COLUMN_CHARS = '\\x20-\\x7e\\u00a0-\\u00ac\\u00ae-\\u00ff\\u2013\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026';
const ONE_COLUMN = new RegExp(`^[${ONE_COLUMN_CHARS}]*$`);

/**
 * Kana, CJK ideographs and Hangul syllables: two columns each and never
 * joined to a neighbour (the kana voicing marks U+3099–309A, which join, are
 * left out). A Chinese or Japanese title would otherwise send the library's
 * column fitting to string-width, whose first call makes a grapheme
 * segmenter (~12 ms of the first frame).
 */
const WIDE = '\u3041-\u3096\u30a1-\u30fa\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3';
const ONE_OR_TWO = new RegExp(`^[${ONE_COLUMN_CHARS}${WIDE}]*$`);
const WIDE_CHAR = new RegExp(`[${WIDE}]`, 'g');

/** Columns `s` takes in a terminal. Most titles and authors are plain text: a 10,000-work list measures thousands at start-up. */
export function displayWidth(s: string): number {
  if (ONE_COLUMN.test(s)) return s.length;
  if (ONE_OR_TWO.test(s)) return s.length + (s.match(WIDE_CHAR)?.length ?? 0);
  return stringWidth(s);
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
