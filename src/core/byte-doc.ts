/**
 * A LineDoc read from a file's bytes (see byte-lines.ts): the lines that
 * structure detection can act on are decoded, the rest are stand-ins of the
 * same length, and words and hashes are counted on the bytes. The lines
 * decoded are the header (before the first heading, at most 300 lines), every short line whose first
 * character can start a heading (and the three after each one that is a
 * heading: its title or subtitle), every line that may be a Gutenberg marker,
 * and every line with CJK characters (hard-wrap detection looks at those).
 */
import { PROBE_HEAD, PROBE_WIDE, type ByteLines } from './byte-lines.js';
import { byteLine, byteOffset, byteSlice } from './byte-text.js';
import { countWordsInBytes, wordsAndHashBytes } from './byte-words.js';
import type { LineDoc } from './line-doc.js';
import { DECOR } from './line-chars.js';
import { classifyHeading } from './parse-headings.js';

/** Lines of the header: parseHeader reads those before the first heading, up to this many, whatever they hold. */
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

/** First words a heading or a contents line can have (classifyHeading's labels, `the prologue`, `table of contents`), lower case. */
const HEAD_WORDS = new Set([
  'chapter', 'chap', 'ch', 'letter', 'stave', 'scene', 'part', 'book', 'volume', 'vol', 'act', 'section', 'episode',
  'canto', 'prologue', 'epilogue', 'contents', 'table',
]);
/** mayBeHeading's decoration, as bytes (its • and · are not single bytes: a line led by them is decoded anyway). */
const DECOR_BYTES = new Set([...DECOR].filter((c) => c < 0x80));
const ROMAN = new Set([...'IVXLCDM'].map((ch) => ch.charCodeAt(0)));

/** A word of up to 9 ASCII letters as a number (5 bits a letter, case folded); -1 when longer. */
function wordCode(b: Uint8Array, j: number, end: number): { code: number; end: number } {
  let code = 0;
  let k = j;
  while (k < end && (b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7a) {
    code = k - j < 9 ? code * 32 + ((b[k] | 0x20) - 0x60) : -1;
    k++;
  }
  return { code, end: k };
}

const codeOf = (w: string): number => wordCode(new TextEncoder().encode(w), 0, w.length).code;
const HEAD_CODES = new Set([...HEAD_WORDS].map(codeOf));
const THE = codeOf('the');
const AFTER_THE = new Set(['prologue', 'epilogue'].map(codeOf));

/**
 * False only for a line classifyHeading is sure to reject and that cannot
 * be a contents line: past spaces and decoration, its first word is not a
 * heading label, `the prologue`/`the epilogue`, a Roman numeral or a number.
 * (Prose lines that start with `I`, `The` or `A` are many; most need no decoding.)
 */
function headingWord(t: ByteLines, i: number): boolean {
  const b = t.bytes;
  const end = t.byteEnd[i];
  let j = t.byteStart[i];
  while (j < end && (b[j] === 0x20 || b[j] === 0x09 || DECOR_BYTES.has(b[j]))) j++;
  if (j >= end || b[j] >= 0x80 || (b[j] >= 0x30 && b[j] <= 0x39)) return true; // all decoration, not ASCII (第, •, NBSP …), or a number
  if (ROMAN.has(b[j])) {
    let k = j;
    while (k < end && ROMAN.has(b[k])) k++;
    if (k >= end || b[k] === 0x2e) return true; // `IV`, `IV.`, `IV. Title`
    if (b[k] === 0x20 || b[k] === 0x09) {
      // A numeral and more words needs its period (`I. Title`): `I said` is prose.
      while (k < end && (b[k] === 0x20 || b[k] === 0x09)) k++;
      return k >= end || !((b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7a);
    }
    if (!((b[k] | 0x20) >= 0x61 && (b[k] | 0x20) <= 0x7a)) return true;
  }
  const first = wordCode(b, j, end);
  if (first.code !== THE) return HEAD_CODES.has(first.code);
  let k = first.end;
  while (k < end && (b[k] === 0x20 || b[k] === 0x09)) k++;
  return k >= end || b[k] >= 0x80 || AFTER_THE.has(wordCode(b, k, end).code);
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
    if (p & PROBE_WIDE || (p & PROBE_HEAD && lenOf(i) <= HEADING_LINE && headingWord(t, i)) || markerStart(t, i)) decode(i);
    else lines[i] = standIn(lenOf(i), t.blank[i] === 1);
  }
  // The header: every line before the first heading (within HEADER_LINES), as detectStructureOn finds it.
  let firstHead = Math.min(n, HEADER_LINES);
  for (let i = 0; i < firstHead; i++) {
    if (real[i] && !t.blank[i] && (i === 0 || t.blank[i - 1]) && classifyHeading(lines[i])) firstHead = i;
  }
  for (let i = 0; i < firstHead; i++) decode(i);
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
    // the scan marked the lines with kana or CJK ideographs: the same test as `wide`, without a regex per line
    wideAt: (i) => (t.probe[i] & PROBE_WIDE) !== 0 && lenOf(i) > 40,
    blankBefore: (offset) => {
      for (let i = 0; i < n && t.start[i] < offset; i++) if (!t.blank[i]) return false;
      return true;
    },
  };
}
