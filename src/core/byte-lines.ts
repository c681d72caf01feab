/**
 * The line table of a UTF-8 file read straight from its bytes, for indexing
 * without decoding: decoding every byte to a string was the biggest single
 * cost of a cold index, and most lines of a book are prose that structure
 * detection only measures. Only files that normalizeText would leave as they
 * are but for CRLF line ends qualify (valid UTF-8, nothing to strip); anything else
 * gets null and takes the string path, so both paths give the same result.
 */

import { joins } from './safe-text.js';
import { DECOR, HEAD_START } from './line-chars.js';
import { codePoint, isPunct, sequenceLength } from './utf8-bytes.js';

/** Per-line flags in {@link ByteLines.probe}. */
export const PROBE_HEAD = 1; // may be a heading, a contents line or a Gutenberg marker: decode it
export const PROBE_WIDE = 2; // holds kana or CJK ideographs (detectHardWrap's `wide`)

/** What scanLines gives for the decoded text, plus where each line is in the bytes. */
export interface ByteLines {
  bytes: Uint8Array;
  /** Lines as `text.split('\n')` gives them. */
  count: number;
  /** Byte offset of each line; entry `count` is one past the end (as if the file ended with a line break). */
  byteStart: Int32Array;
  /** Where each line's text ends in the bytes: at its LF, or at the CR of a CRLF. */
  byteEnd: Int32Array;
  /** UTF-16 offset of each line in the decoded text; entry `count` is the text's length + 1. */
  start: Int32Array;
  blank: Uint8Array;
  probe: Uint8Array;
  /** True when some line ends with CRLF: cut text then drops its CRs. */
  crlf: boolean;
}

/**
 * ASCII bytes that can start a heading or a marker line, past leading spaces: mayBeHeading's DECOR and
 * HEAD_START, and the `t`/`T` of a contents line and the `e` of a Gutenberg `End of`.
 */
const HEAD_BYTES = new Uint8Array(128);
for (const c of [...DECOR, ...HEAD_START, ...[...'tTe'].map((ch) => ch.charCodeAt(0))]) if (c < 128) HEAD_BYTES[c] = 1;

/** Code points normalizeText removes or changes (its UNSAFE_CHARS, joiners, line separators), and spaces `\s` has but blank lines do not. */
function unsafe(cp: number): boolean {
  return (
    (cp >= 0x80 && cp <= 0x9f) || cp === 0x61c || cp === 0x180e || cp === 0x1680 || (cp >= 0x200b && cp <= 0x200f) ||
    (cp >= 0x2028 && cp <= 0x202e) || (cp >= 0x205f && cp <= 0x206f) || cp === 0xfeff || (cp >= 0xfff9 && cp <= 0xfffb)
  );
}

/**
 * True when the ZWNJ/ZWJ at byte `j` (of line [from, to)) joins the
 * characters either side of it, so normalisation keeps it (dropStrayJoiners).
 */
function joinerKept(bytes: Uint8Array, j: number, from: number, to: number): boolean {
  let k = j - 1;
  while (k > from && (bytes[k] & 0xc0) === 0x80) k--;
  if (k < from) return false; // first on its line: the line break before it joins nothing
  const before = bytes[k] < 0x80 ? bytes[k] : codePoint(bytes, k, j - k);
  const at = j + 3;
  if (at >= to) return false;
  const len = bytes[at] < 0x80 ? 1 : sequenceLength(bytes, at, to);
  if (len === 0) return false;
  return joins(before) && joins(len === 1 ? bytes[at] : codePoint(bytes, at, len));
}

/** Spaces that leave a line blank (scanLines' rule) besides space and tab. */
function blankSpace(cp: number): boolean {
  return cp === 0xa0 || cp === 0x3000 || (cp >= 0x2000 && cp <= 0x200a) || cp === 0x202f;
}

/**
 * Scans a file's bytes into lines, or returns null when the file must take
 * the string path: not valid UTF-8, a CR, a control character, or anything
 * else normalizeText would strip. A leading BOM is skipped, as decoding does.
 */
export function scanByteLines(bytes: Uint8Array): ByteLines | null {
  const n = bytes.length;
  const base = n >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  let cap = 1024;
  let byteStart = new Int32Array(cap);
  let byteEnd = new Int32Array(cap);
  let start = new Int32Array(cap);
  let blank = new Uint8Array(cap);
  let probe = new Uint8Array(cap);
  let line = 0;
  let units = 0;
  let crlf = false;
  let i = base;
  for (;;) {
    if (line + 1 >= cap) {
      cap *= 2;
      byteStart = grow(byteStart, cap);
      byteEnd = grow(byteEnd, cap);
      start = grow(start, cap);
      blank = grow(blank, cap);
      probe = grow(probe, cap);
    }
    const lf = bytes.indexOf(10, i);
    // A CRLF line end is a LF to the text (normalizeText), so the CR is only where the line's text stops.
    const nl = lf < 0 ? n : lf > i && bytes[lf - 1] === 13 ? lf - 1 : lf;
    if (nl !== lf && lf >= 0) crlf = true;
    byteStart[line] = i;
    byteEnd[line] = nl;
    start[line] = units;
    let isBlank = 1;
    let flags = 0;
    let adjust = 0; // bytes beyond one UTF-16 unit per character
    for (let j = i; j < nl; j++) {
      const b = bytes[j];
      if (b > 0x20 && b < 0x7f) {
        if (isBlank) {
          isBlank = 0;
          if (HEAD_BYTES[b]) flags |= PROBE_HEAD;
        }
        // The rest of a run of printable ASCII and of U+2010–U+2027 (curly quotes, dashes, the ellipsis): most of
        // any book. A line ends in a LF, a CR or the end of the bytes, none of which continues a run.
        let c = bytes[j + 1];
        for (;;) {
          if (c >= 0x20 && c < 0x7f) c = bytes[++j + 1];
          else if (isPunct(bytes, j + 1)) {
            adjust += 2;
            j += 3;
            c = bytes[j + 1];
          } else break;
        }
        continue;
      }
      if (b === 0x20 || b === 0x09) continue;
      if (b < 0x80) return null; // a CR that ends no line, DEL or another control character
      if (isPunct(bytes, j)) {
        // U+2010–U+2027 (curly quotes, dashes, the ellipsis, •): common, and none of them unsafe, a space or CJK
        adjust += 2;
        if (isBlank) {
          isBlank = 0;
          if (bytes[j + 2] === 0xa2) flags |= PROBE_HEAD; // • is decoration before a heading
        }
        j += 2;
        continue;
      }
      const len = sequenceLength(bytes, j, nl);
      if (len === 0) return null;
      const cp = codePoint(bytes, j, len);
      if (unsafe(cp) && !((cp === 0x200c || cp === 0x200d) && joinerKept(bytes, j, i, nl))) return null;
      adjust += len === 4 ? 2 : len - 1;
      j += len - 1;
      if (blankSpace(cp)) continue;
      // The first character of a line that is not ASCII: only 第, • and · can open a heading.
      if (isBlank) {
        isBlank = 0;
        if (cp === 0x7b2c || cp === 0x2022 || cp === 0xb7) flags |= PROBE_HEAD;
      }
      if (cp >= 0x3040 && cp <= 0x9fff && (cp <= 0x30ff || cp >= 0x3400)) flags |= PROBE_WIDE;
    }
    units += nl - i - adjust;
    blank[line] = isBlank;
    probe[line] = flags;
    line++;
    if (lf < 0) break;
    units++; // the line break
    i = lf + 1;
  }
  byteStart[line] = n + 1;
  start[line] = units + 1;
  return { bytes, count: line, byteStart, byteEnd, crlf, start, blank: blank.subarray(0, line), probe: probe.subarray(0, line) };
}

function grow<T extends Int32Array | Uint8Array>(a: T, cap: number): T {
  const b = new (a.constructor as new (n: number) => T)(cap);
  b.set(a);
  return b;
}

