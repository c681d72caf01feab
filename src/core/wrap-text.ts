/**
 * Greedy word wrapping by display width, with exact source offsets.
 *
 * Written by hand rather than with wrap-ansi because layout needs, for every
 * output line, the offsets of the first and last source character it shows,
 * and because it must stay fast on a 1 MB CJK section: characters are
 * measured by table (see {@link fastWidth}) and tokens are scanned in place.
 */
import stringWidth from 'string-width';
import { graphemesOf } from './graphemes.js';

/** Wide blocks measured by table (CJK ideographs, kana, Hangul, fullwidth forms). */
function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0x303e) || (cp >= 0x3041 && cp <= 0x33ff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) || (cp >= 0x4e00 && cp <= 0x9fff) || (cp >= 0xa000 && cp <= 0xa4cf) ||
    (cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x20000 && cp <= 0x3fffd)
  );
}

/** Chinese/Japanese characters a line may break between (Hangul breaks at spaces, like Latin). */
function isBreakableWide(cp: number): boolean {
  return isWide(cp) && cp > 0x115f && !(cp >= 0xac00 && cp <= 0xd7a3);
}

/** Kinsoku: characters that must not start a line; they stick to the token before them. */
const CLOSERS = new Set(
  Array.from('、。，．：；？！）」』】〕〉》］｝〗〙〟ー々ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ・…‥ゝゞヽヾ％＞,.!?;:)]}\'"”’', (c) => c.charCodeAt(0)),
);
/** Characters that must not end a line; they stick to the token after them. */
const OPENERS = new Set(Array.from('（「『【〔〈《［｛〖〘〝“‘(', (c) => c.charCodeAt(0)));

/** True for the whitespace that re-flow collapses (ideographic space U+3000 is kept as text). */
export function isFlowSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

/** Display width in columns; table lookup for common text, string-width for emoji and the rest. */
export function fastWidth(s: string): number {
  let w = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) w += 1;
    else if (c >= 0xa0 && c < 0x300) w += 1;
    else if ((c < 0xd800 || c >= 0xe000) && isWide(c)) w += 2;
    else if ((c >= 0x370 && c < 0x530) || (c >= 0x2010 && c < 0x2028) || (c >= 0x2030 && c < 0x205f)) w += 1;
    else return stringWidth(s);
  }
  return w;
}

/** Receives one wrapped line: its text and the source offsets [start, end) it shows. */
export type EmitLine = (text: string, start: number, end: number) => void;

/**
 * Wraps `text[start, end)` at `width` columns, collapsing every run of
 * whitespace to one space (or to nothing where a line break sat between two
 * CJK characters). `indent` prefixes the first line, `hang` the others.
 * Words wider than the line are hard-broken between graphemes.
 */
export function wrapRange(text: string, start: number, end: number, width: number, emit: EmitLine, indent = '', hang = ''): void {
  const w = Math.max(1, width);
  let prefix = indent;
  let line = prefix;
  let used = fastWidth(prefix);
  let lineStart = -1;
  let lineEnd = -1;
  let prevWide = false;

  const flush = (): void => {
    if (lineStart >= 0) emit(line, lineStart, lineEnd);
    prefix = hang;
    line = prefix;
    used = fastWidth(prefix);
    lineStart = -1;
  };
  /** Places a token too wide for any line, grapheme by grapheme. */
  const hardBreak = (tok: string, at: number): void => {
    let off = at;
    // Plain letters followed by plain letters are one cluster each: no segmenter (a long run is a base64 blob or a rule).
    let k = 0;
    while (k < tok.length && isPlain(tok.charCodeAt(k)) && (k + 1 === tok.length || isPlain(tok.charCodeAt(k + 1)))) {
      if (lineStart >= 0 && used + 1 > w) flush();
      if (lineStart < 0) lineStart = off;
      line += tok[k++];
      used += 1;
      lineEnd = ++off;
    }
    for (const segment of graphemesOf(k ? tok.slice(k) : tok)) {
      const gw = fastWidth(segment);
      if (lineStart >= 0 && used + gw > w) flush();
      if (lineStart < 0 && used + gw > w) {
        // A character as wide as the screen (a 3-column cluster at width 3) goes without the verse indent rather than past the edge.
        line = '';
        used = 0;
      }
      if (lineStart < 0) lineStart = off;
      line += segment;
      used += gw;
      off += segment.length;
      lineEnd = off;
    }
  };

  let i = start;
  let sawSpace = false;
  let sawNewline = false;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isFlowSpace(c)) {
      sawSpace = true;
      if (c === 10) sawNewline = true;
      i++;
      continue;
    }
    // Scan one token: a breakable wide character (with any opening bracket
    // before it), or a run of other non-space characters; then any closers.
    const tokStart = i;
    let j = i;
    while (j < end && OPENERS.has(text.charCodeAt(j))) j++;
    const cp = j < end ? (text.codePointAt(j) as number) : 0;
    const wide = j < end && isBreakableWide(cp) && !CLOSERS.has(cp);
    if (wide) j += cp > 0xffff ? 2 : 1;
    else {
      for (let prev = 0; j < end; ) {
        const d = text.codePointAt(j) as number;
        if (isFlowSpace(d) || (isBreakableWide(d) && !CLOSERS.has(d) && !(prev >= 0x600 && PREPEND.test(String.fromCodePoint(prev))))) break;
        prev = d;
        j += d > 0xffff ? 2 : 1;
      }
    }
    for (let d = text.codePointAt(j) as number; j < end && (CLOSERS.has(d) || isMark(d)); d = text.codePointAt(j) as number) j += d > 0xffff ? 2 : 1;
    if (j === tokStart) j++; // never stall (a lone opener at the end)
    const tok = text.slice(tokStart, j);
    const tw = fastWidth(tok);
    const sep = !sawSpace || (sawNewline && prevWide && wide) ? '' : ' ';
    const canBreak = sawSpace || wide || prevWide;
    if (lineStart >= 0 && used + sep.length + tw > w && canBreak) flush();
    const s = lineStart < 0 ? '' : sep;
    if (used + s.length + tw <= w) {
      if (lineStart < 0) lineStart = tokStart;
      line += s + tok;
      used += s.length + tw;
      lineEnd = j;
    } else {
      // Only reached with an empty line, or a token glued to the previous one.
      hardBreak(tok, tokStart);
    }
    const last = text.codePointAt(j - 1 > tokStart && text.charCodeAt(j - 1) >= 0xdc00 && text.charCodeAt(j - 1) <= 0xdfff ? j - 2 : j - 1) as number;
    prevWide = wide || isBreakableWide(last);
    sawSpace = false;
    sawNewline = false;
    i = j;
  }
  flush();
}

/** One column, one code unit, never part of a longer cluster when the next character is plain too. */
function isPlain(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0xa0 && c < 0x300);
}

/** Signs that join the character after them into one grapheme (Unicode's Prepend class, e.g. U+0600 ARABIC NUMBER SIGN). */
const PREPEND = /[\u0600-\u0605\u06dd\u070f\u0890\u0891\u08e2\u0d4e\u{110bd}\u{110cd}\u{111c2}\u{111c3}\u{1193f}\u{11941}\u{11a3a}\u{11a84}-\u{11a89}\u{11d46}\u{11f02}]/u;

/** What extends the character before it into one grapheme (marks, ZWJ, variation selectors, skin tones, vowel signs). */
const EXTEND = /[\p{Grapheme_Extend}\p{Emoji_Modifier}\p{Mc}\u200d\u0e33\u0eb3]/u; // Thai/Lao SARA AM are spacing marks, though not Mc

/**
 * A code point never split from the character before: the common marks by
 * range, the rest (an ideographic variation selector after a kanji, a Thai
 * tone mark after a CJK character) by Unicode property.
 */
function isMark(c: number): boolean {
  if (c < 0x300) return false;
  if (c <= 0x36f || (c >= 0xfe00 && c <= 0xfe0f) || c === 0x200d || (c >= 0x3099 && c <= 0x309a)) return true;
  // CJK punctuation, kana, ideographs and Hangul (most of a CJK book) extend nothing: skip the property lookup.
  if ((c >= 0x3000 && c <= 0x9fff && (c < 0x302a || c > 0x302f)) || (c >= 0xac00 && c <= 0xd7a3)) return false;
  return EXTEND.test(String.fromCodePoint(c));
}
