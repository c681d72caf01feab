/**
 * A LineDoc read from a file's bytes (see byte-lines.ts): the lines that
 * structure detection can act on are decoded, the rest are stand-ins of the
 * same length, and words and hashes are counted on the bytes. The lines
 * decoded are the first 300 (the header), every short line whose first
 * character can start a heading (and the three after each one that is a
 * heading: its title or subtitle), every line that may be a Gutenberg marker,
 * and every line with CJK characters (hard-wrap detection looks at those).
 */
import { byteLine, byteOffset, byteSlice, PROBE_HEAD, PROBE_WIDE, type ByteLines } from './byte-lines.js';
import { countWordsInBytes, wordsAndHashBytes } from './byte-words.js';
import type { LineDoc } from './line-doc.js';
import { classifyHeading } from './parse-headings.js';

/** Lines of the header: parseHeader reads up to this many, whatever they hold. */
const HEADER_LINES = 300;
/** findHeadingUnits looks only at lines up to this long. */
const HEADING_LINE = 120;

let xs = '';
let spaces = '';
/** A stand-in of `len` characters: a letter that cannot start a heading, or spaces for a blank line. */
function standIn(len: number, isBlank: boolean): string {
  if (isBlank) {
    if (spaces.length < len) spaces = ' '.repeat(Math.max(len, spaces.length * 2, 256));
    return spaces.slice(0, len);
  }
  if (xs.length < len) xs = 'x'.repeat(Math.max(len, xs.length * 2, 256));
  return xs.slice(0, len);
}

/** `***` or `end of` (any case) after spaces and tabs: what a Gutenberg marker line starts with. */
function markerStart(t: ByteLines, i: number): boolean {
  const b = t.bytes;
  let j = t.byteStart[i];
  while (b[j] === 0x20 || b[j] === 0x09) j++;
  if (b[j] === 0x2a) return b[j + 1] === 0x2a && b[j + 2] === 0x2a;
  return (b[j] | 0x20) === 0x65 && (b[j + 1] | 0x20) === 0x6e && (b[j + 2] | 0x20) === 0x64 && b[j + 3] === 0x20 &&
    (b[j + 4] | 0x20) === 0x6f && (b[j + 5] | 0x20) === 0x66;
}

/** The partial LineDoc of a scanned file. */
export function byteDoc(t: ByteLines): LineDoc {
  const n = t.count;
  const lines = new Array<string>(n);
  const real = new Uint8Array(n);
  const lenOf = (i: number): number => t.start[i + 1] - t.start[i] - 1;
  const decode = (i: number): string => {
    if (!real[i]) {
      real[i] = 1;
      lines[i] = byteLine(t, i);
    }
    return lines[i];
  };
  for (let i = 0; i < n; i++) {
    const p = t.probe[i];
    const len = lenOf(i);
    if (i < HEADER_LINES || p & PROBE_WIDE) decode(i);
    else if (p & PROBE_HEAD && (len <= HEADING_LINE || markerStart(t, i))) decode(i);
    else lines[i] = standIn(len, t.blank[i] === 1);
  }
  // A heading's next lines may be its title or subtitle: those are read whole.
  for (let i = 0; i < n; i++) {
    if (!real[i] || t.blank[i] || lenOf(i) > HEADING_LINE || !classifyHeading(lines[i])) continue;
    for (let k = i + 1; k <= i + 3 && k < n; k++) decode(k);
  }
  const length = t.start[n] - 1;
  const at = (offset: number): number => (offset >= length ? t.bytes.length : byteOffset(t, offset));
  return {
    length,
    slice: (a, b) => byteSlice(t, a, b ?? length),
    lines,
    starts: t.start,
    blank: t.blank,
    partial: true,
    words: (a, b, limit) => countWordsInBytes(t.bytes, at(a), at(b), limit),
    wordsAndHash: (a, h, b) => wordsAndHashBytes(t.bytes, at(a), at(h), at(b)),
    blankBefore: (offset) => {
      for (let i = 0; i < n && t.start[i] < offset; i++) if (!t.blank[i]) return false;
      return true;
    },
  };
}
