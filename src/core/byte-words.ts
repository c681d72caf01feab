/**
 * countWordsIn and wordsAndHash over UTF-8 bytes instead of a decoded
 * string, for the indexer's byte path (see byte-lines.ts). Each character is
 * taken as the UTF-16 code units the string path would see, and goes
 * through the same steps, so the counts and hashes are the same: the two
 * loops repeat count-words.ts's and part-scan.ts's on purpose (a shared
 * per-character function would cost a call per byte of every book).
 */
import { isCjk, isSpace } from './count-words.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** isAlnum of each BMP code unit, worked out on first use: 0 unknown, 1 no, 2 yes. */
const alnumCache = new Uint8Array(0x10000);

function isAlnumUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = alnumCache[c];
  if (v === 0) alnumCache[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
}

/** The code point at `j` of valid UTF-8, and how many bytes it takes (packed: cp * 8 + len). */
function decodeAt(bytes: Uint8Array, j: number): number {
  const b = bytes[j];
  if (b < 0xe0) return ((((b & 0x1f) << 6) | (bytes[j + 1] & 0x3f)) * 8) + 2;
  if (b < 0xf0) return ((((b & 0x0f) << 12) | ((bytes[j + 1] & 0x3f) << 6) | (bytes[j + 2] & 0x3f)) * 8) + 3;
  const cp = ((b & 0x07) << 18) | ((bytes[j + 1] & 0x3f) << 12) | ((bytes[j + 2] & 0x3f) << 6) | (bytes[j + 3] & 0x3f);
  return cp * 8 + 4;
}

/** 1 for an ASCII letter or digit. */
const ASCII_ALNUM = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ALNUM[c] = isAlnumUnit(c) ? 1 : 0;

/**
 * `countWordsIn` of the text that bytes [from, to) decode to. The bytes must
 * be a file scanByteLines accepted: valid UTF-8 whose only control
 * characters are tab and line feed; `to` is a line start or the end.
 */
export function countWordsInBytes(bytes: Uint8Array, from: number, to: number, limit = Infinity): number {
  let words = 0;
  let inToken = false;
  let hasAlnum = false;
  let j = from;
  while (j < to) {
    let c = bytes[j];
    if (c <= 32) {
      if (inToken && hasAlnum && ++words >= limit) return words;
      inToken = false;
      hasAlnum = false;
      j++;
      continue;
    }
    if (c < 0x80) {
      // a run of printable ASCII, one test per byte
      let al: number = hasAlnum ? 1 : 0;
      for (;;) {
        al |= ASCII_ALNUM[c];
        c = bytes[++j];
        // U+2010–U+2027 (curly quotes, dashes, …): not spaces, not letters (see wordsAndHashBytes)
        while (c === 0xe2 && j + 2 < to && bytes[j + 1] === 0x80 && bytes[j + 2] >= 0x90 && bytes[j + 2] <= 0xa7) c = bytes[(j += 3)];
        if (!(c > 32 && c < 0x80)) break; // `to` is a line start (after a line feed) or the end, so a run stops by itself
      }
      inToken = true;
      hasAlnum = al === 1;
      continue;
    }
    const d = decodeAt(bytes, j);
    const cp = Math.floor(d / 8);
    j += d & 7;
    c = cp >= 0x10000 ? 0xd800 + ((cp - 0x10000) >> 10) : cp;
    if (isSpace(c)) {
      if (inToken && hasAlnum && ++words >= limit) return words;
      inToken = false;
      hasAlnum = false;
      continue;
    }
    if (c >= 0x3040 && isCjk(c)) {
      // the string path skips the unit after a CJK high surrogate: here, the low half of the same character
      if (inToken && hasAlnum) words++;
      words++;
      inToken = false;
      hasAlnum = false;
      continue;
    }
    inToken = true;
    // a surrogate is never a letter to the string path's regex
    if (!hasAlnum && cp < 0x10000) hasAlnum = isAlnumUnit(c);
  }
  if (inToken && hasAlnum) words++;
  return words;
}

/** `wordsAndHash` (part-scan.ts) of the text bytes [from, to) decode to, hashing from byte `hashFrom` (a line start); bytes as for countWordsInBytes. */
export function wordsAndHashBytes(bytes: Uint8Array, from: number, hashFrom: number, to: number): { words: number; hash: string } {
  let words = hashFrom > from ? countWordsInBytes(bytes, from, hashFrom) : 0;
  let inToken = false;
  let hasAlnum = false;
  let h = 0x811c9dc5;
  let pending = false;
  let any = false;
  let j = hashFrom;
  while (j < to) {
    let c = bytes[j];
    if (c <= 32) {
      if (inToken && hasAlnum) words++;
      inToken = false;
      hasAlnum = false;
      pending = any;
      j++;
      continue;
    }
    if (c < 0x80) {
      if (pending) {
        h = Math.imul(h ^ 32, 0x01000193);
        pending = false;
      }
      let al: number = hasAlnum ? 1 : 0;
      for (;;) {
        al |= ASCII_ALNUM[c];
        h = Math.imul(h ^ c, 0x01000193);
        c = bytes[++j];
        // Curly quotes, dashes and the ellipsis (U+2010–U+2027: E2 80 90–A7) are most of the non-ASCII in Western
        // fiction, and are neither spaces nor letters: hashed here without leaving the run.
        while (c === 0xe2 && j + 2 < to && bytes[j + 1] === 0x80 && bytes[j + 2] >= 0x90 && bytes[j + 2] <= 0xa7) {
          h = Math.imul(h ^ (0x1f80 + bytes[j + 2]), 0x01000193);
          j += 3;
          c = bytes[j];
        }
        if (!(c > 32 && c < 0x80)) break; // `to` is a line start (after a line feed) or the end, so a run stops by itself
      }
      any = true;
      inToken = true;
      hasAlnum = al === 1;
      continue;
    }
    const d = decodeAt(bytes, j);
    const cp = Math.floor(d / 8);
    j += d & 7;
    let low = -1;
    if (cp >= 0x10000) {
      c = 0xd800 + ((cp - 0x10000) >> 10);
      low = 0xdc00 + ((cp - 0x10000) & 0x3ff);
    } else c = cp;
    if (isSpace(c)) {
      if (inToken && hasAlnum) words++;
      inToken = false;
      hasAlnum = false;
      pending = any;
      continue;
    }
    if (pending) {
      h = Math.imul(h ^ 32, 0x01000193);
      pending = false;
    }
    h = Math.imul(h ^ c, 0x01000193);
    any = true;
    if (c >= 0x3040 && isCjk(c)) {
      if (inToken && hasAlnum) words++;
      words++;
      inToken = false;
      hasAlnum = false;
      if (low >= 0) h = Math.imul(h ^ low, 0x01000193);
      continue;
    }
    inToken = true;
    if (low >= 0) h = Math.imul(h ^ low, 0x01000193); // past U+FFFF and not CJK: two units, neither a letter to the string path
    else if (!hasAlnum) hasAlnum = isAlnumUnit(c);
  }
  if (inToken && hasAlnum) words++;
  return { words, hash: (h >>> 0).toString(16).padStart(8, '0') };
}
