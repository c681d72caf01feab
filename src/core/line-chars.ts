/**
 * Cheap character-level checks that let the heading and header code skip
 * regex work on the lines it cannot change: most lines of a book are prose,
 * and every short one is looked at as a possible heading.
 */

/** JavaScript's `\s` (and what `trim()` removes): ASCII and Unicode spaces, line terminators, U+FEFF. */
export function isJsSpace(c: number): boolean {
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/**
 * True when collapsing the whitespace of `s` (every run one space, ends
 * trimmed) would change it: a space at either end, two in a row, or any
 * whitespace other than a plain space.
 */
export function needsCollapse(s: string): boolean {
  let prevSpace = true; // a space first would be leading
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 32) {
      if (prevSpace) return true;
      prevSpace = true;
    } else if (isJsSpace(c)) return true;
    else prevSpace = false;
  }
  return prevSpace && s.length > 0;
}

/** The decoration classifyHeading strips before a heading (`~*~ Chapter 1`): its LEAD_DECOR characters. */
export const DECOR = new Set([...'~*#=+-_<({[•·'].map((ch) => ch.charCodeAt(0)));
/**
 * What a heading's first letter can be once decoration is gone: the label
 * words' (Chapter, Letter, Stave/Scene/Section, Part/Prologue, Book, Volume,
 * Act, Episode/Epilogue, Canto), `The`, Roman numerals and digits. In
 * lower case only `chapter` and `part` start one.
 */
export const HEAD_START = new Set([...'CLSPBVAETIXDM0123456789cp'].map((ch) => ch.charCodeAt(0)));
const DI = 0x7b2c; // 第, which starts a CJK chapter heading before any decoration is stripped

/**
 * False only for a line classifyHeading is sure to reject: its first
 * character past spaces and decoration cannot start a heading. Conservative:
 * anything it lets through is classified as before.
 */
export function mayBeHeading(line: string): boolean {
  let i = 0;
  while (i < line.length && isJsSpace(line.charCodeAt(i))) i++;
  if (line.charCodeAt(i) === DI) return true;
  while (i < line.length && (isJsSpace(line.charCodeAt(i)) || DECOR.has(line.charCodeAt(i)))) i++;
  return i >= line.length || HEAD_START.has(line.charCodeAt(i));
}
