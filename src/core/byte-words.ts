/**
 * countWordsIn and wordsAndHash over UTF-8 bytes instead of a decoded
 * string, for the indexer's byte path (see byte-lines.ts). Each character is
 * taken as the UTF-16 code units the string path would see, and goes
 * through the same steps, so the counts and hashes are the same: the two
 * loops repeat count-words.ts's and part-scan.ts's on purpose (a shared
 * per-character function would cost a call per byte of every book).
 */
import { isCjk, isSpace } from './count-words.js';
import { codePoint, isPunct, utf8Length } from './utf8-bytes.js';

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** isAlnum of each BMP code unit, worked out on first use: 0 unknown, 1 no, 2 yes. */
const alnumCache = new Uint8Array(0x10000);

function isAlnumUnit(c: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  let v = alnumCache[c];
  if (v === 0) alnumCache[c] = v = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 2 : 1;
  return v === 2;
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
      do c = bytes[++j];
      while (j < to && c <= 32);
      continue;
    }
    if (c < 0x80 || isPunct(bytes, j)) {
      // a run of printable ASCII and U+2010–U+2027 (see wordsAndHashBytes)
      let al: number = hasAlnum ? 1 : 0;
      for (;;) {
        if (c < 0x80) {
          al |= ASCII_ALNUM[c];
          c = bytes[++j];
        } else c = bytes[(j += 3)];
        if (!((c > 32 && c < 0x80) || (c === 0xe2 && isPunct(bytes, j)))) break;
      }
      inToken = true;
      hasAlnum = al === 1;
      continue;
    }
    const len = utf8Length(c);
    const cp = codePoint(bytes, j, len);
    j += len;
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
      // The whole run of ASCII spaces; the one space it hashes as goes in now if printable ASCII follows
      // (what follows a multi-byte character may be one more space: that is left to the steps below).
      do c = bytes[++j];
      while (j < to && c <= 32);
      if (j >= to) break;
      if (c < 0x80) {
        if (any) h = Math.imul(h ^ 32, 0x01000193);
        pending = false;
      } else pending = any;
      continue;
    }
    if (c < 0x80 || isPunct(bytes, j)) {
      if (pending) {
        h = Math.imul(h ^ 32, 0x01000193);
        pending = false;
      }
      let al: number = hasAlnum ? 1 : 0;
      // A run of printable ASCII and of U+2010–U+2027 (curly quotes, dashes, the ellipsis: E2 80 90–A7, most of the
      // non-ASCII in Western fiction, neither spaces nor letters), one character at a time with no other test.
      // `to` is a line start (after a line feed) or the end, so a run stops by itself.
      for (;;) {
        if (c < 0x80) {
          al |= ASCII_ALNUM[c];
          h = Math.imul(h ^ c, 0x01000193);
          c = bytes[++j];
        } else {
          h = Math.imul(h ^ (0x1f80 + bytes[j + 2]), 0x01000193);
          c = bytes[(j += 3)];
        }
        if (!((c > 32 && c < 0x80) || (c === 0xe2 && isPunct(bytes, j)))) break;
      }
      any = true;
      inToken = true;
      hasAlnum = al === 1;
      continue;
    }
    const len = utf8Length(c);
    const cp = codePoint(bytes, j, len);
    j += len;
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
