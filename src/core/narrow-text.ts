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
