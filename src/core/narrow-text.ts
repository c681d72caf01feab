/**
 * Text whose width is its length, found with one regular expression: the
 * printable ASCII string-width already spots, plus Latin letters and the
 * punctuation the screens draw (— · … ▸ “ ”). Every row of the library has an
 * em dash or a ▸, and string-width walks such a line grapheme by grapheme,
 * with an emoji pattern per character: the first frame measured its thirty
 * rows twice that way (Ink's layout, then its output), ~10% of the frame. The
 * bundle wraps every string-width in {@link narrowWidth} (scripts/esbuild-options.mjs).
 */

/**
 * One column each and a grapheme each, whatever their neighbours: no marks,
 * joiners, controls, emoji or wide characters. © and ® are left out (emoji
 * with a variation selector), as is the soft hyphen (no column).
 * test/core/narrow-text.test.ts checks every one against string-width.
 */
export const NARROW_CHARS = '\\x20-\\x7e\\u00a1-\\u00a8\\u00aa-\\u00ac\\u00af-\\u024f\\u2010-\\u2027\\u2030-\\u203b\\u2190-\\u2193\\u2500-\\u259f\\u25b8\\u25c2';
const NARROW = new RegExp(`^[${NARROW_CHARS}]*$`);

/** The width of `s` in columns when it is all {@link NARROW_CHARS}, else undefined (ask string-width). */
export function narrowWidth(s: string): number | undefined {
  return NARROW.test(s) ? s.length : undefined;
}

const NARROW_OR_ESCAPE = new RegExp(`^[\\x1b${NARROW_CHARS}]*$`);

/** One grapheme of {@link narrowSegments}: what Intl.Segmenter's iterator yields, less `input`. */
export interface NarrowSegment {
  segment: string;
  index: number;
}

/**
 * `s` cut into graphemes one code unit each, when it is all
 * {@link NARROW_CHARS} and escape characters (the sequences Ink draws
 * colours with); else undefined (ask Intl.Segmenter). Ink tokenises every
 * line of every frame with a grapheme segmenter, and the first one a
 * process makes costs ~12 ms: the bundle answers plain lines here instead
 * (scripts/esbuild-options.mjs).
 */
export function narrowSegments(s: string): NarrowSegment[] | undefined {
  if (!NARROW_OR_ESCAPE.test(s)) return undefined;
  const out = new Array<NarrowSegment>(s.length);
  for (let i = 0; i < s.length; i++) out[i] = { segment: s[i], index: i };
  return out;
}
