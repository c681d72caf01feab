/**
 * Text out of a scanned file (see byte-lines.ts): a line, or the text
 * between two UTF-16 offsets of the decoded text, decoded from the bytes
 * when asked for.
 */
import type { ByteLines } from './byte-lines.js';
import { decodeRange } from './utf8-bytes.js';

/** Line `i`'s text (the bytes are valid UTF-8: the scan checked). */
export function byteLine(t: ByteLines, i: number): string {
  return decodeRange(t.bytes, t.byteStart[i], t.byteEnd[i]);
}

/** The line that holds UTF-16 offset `at` (the last line whose start is at or before it). */
export function lineOf(t: ByteLines, at: number): number {
  let lo = 0;
  let hi = t.count; // start[count] is past the text
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (t.start[mid] <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The byte offset of UTF-16 offset `at` (rounded down to the start of its character). */
export function byteOffset(t: ByteLines, at: number): number {
  if (at <= 0) return t.byteStart[0];
  const line = lineOf(t, at);
  let units = t.start[line];
  let j = t.byteStart[line];
  const end = t.byteEnd[line];
  while (j < end) {
    const b = t.bytes[j];
    const len = b < 0x80 ? 1 : b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    const w = len === 4 ? 2 : 1;
    if (units + w > at) break;
    units += w;
    j += len;
  }
  return j;
}

/** The decoded text between two UTF-16 offsets. */
export function byteSlice(t: ByteLines, from: number, to: number): string {
  const a = byteOffset(t, from);
  const b = Math.min(byteOffset(t, to), t.bytes.length);
  if (b <= a) return '';
  const text = decodeRange(t.bytes, a, b);
  return t.crlf ? text.replace(/\r/g, '') : text; // the scan let a CR through only before a LF
}
