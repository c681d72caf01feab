/**
 * Small UTF-8 helpers for the byte path (byte-lines.ts, byte-text.ts):
 * the validity rule decode.ts uses, a code point's value, and decoding a
 * short range without TextDecoder's cost per call.
 */

/** Length of the valid UTF-8 sequence at `i` that ends before `end` (2–4), or 0 (decode.ts's rule: no overlongs, surrogates or > U+10FFFF). */
export function sequenceLength(bytes: Uint8Array, i: number, end: number): number {
  const b = bytes[i];
  const n = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
  if (!n || i + n > end) return 0;
  const second = bytes[i + 1];
  const lo = b === 0xe0 ? 0xa0 : b === 0xf0 ? 0x90 : 0x80;
  const hi = b === 0xed ? 0x9f : b === 0xf4 ? 0x8f : 0xbf;
  if (second < lo || second > hi) return 0;
  for (let k = 2; k < n; k++) if ((bytes[i + k] & 0xc0) !== 0x80) return 0;
  return n;
}

/** The length of the valid sequence whose lead byte is `b` (1–4). */
export function utf8Length(b: number): number {
  return b < 0x80 ? 1 : b < 0xe0 ? 2 : b < 0xf0 ? 3 : 4;
}

/** True for U+2010–U+2027 at `j` (E2 80 90–A7): dashes, curly quotes, the ellipsis, the bullet. Neither spaces, letters, CJK nor unsafe. */
export function isPunct(bytes: Uint8Array, j: number): boolean {
  return bytes[j] === 0xe2 && bytes[j + 1] === 0x80 && bytes[j + 2] >= 0x90 && bytes[j + 2] <= 0xa7;
}

/** The code point of the valid `len`-byte sequence at `i`. */
export function codePoint(bytes: Uint8Array, i: number, len: number): number {
  if (len === 2) return ((bytes[i] & 0x1f) << 6) | (bytes[i + 1] & 0x3f);
  if (len === 3) return ((bytes[i] & 0x0f) << 12) | ((bytes[i + 1] & 0x3f) << 6) | (bytes[i + 2] & 0x3f);
  return ((bytes[i] & 0x07) << 18) | ((bytes[i + 1] & 0x3f) << 12) | ((bytes[i + 2] & 0x3f) << 6) | (bytes[i + 3] & 0x3f);
}

const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
const units: number[] = [];

/**
 * Bytes [from, to) of valid UTF-8 as a string. Short ranges (lines) are
 * decoded here: TextDecoder's cost per call is many times a short line's.
 */
export function decodeRange(bytes: Uint8Array, from: number, to: number): string {
  if (to - from > 160) return utf8.decode(bytes.subarray(from, to));
  units.length = 0;
  for (let j = from; j < to; ) {
    const b = bytes[j];
    if (b < 0x80) {
      units.push(b);
      j++;
      continue;
    }
    const len = utf8Length(b);
    const cp = codePoint(bytes, j, len);
    if (cp >= 0x10000) units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    else units.push(cp);
    j += len;
  }
  return String.fromCharCode(...units);
}

