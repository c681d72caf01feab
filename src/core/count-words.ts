/**
 * Word counting for section and work totals. One pass, no regex per token:
 * it runs over whole books (10 MB) when a library is indexed.
 */

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True for characters that separate words (ASCII and Unicode spaces, NBSP, U+3000): what `\s` matches. */
export function isSpace(c: number): boolean {
  // Fast path: printable ASCII and Latin-1 letters are never spaces (almost every character of a book).
  if (c > 32 && c < 0xa0) return false;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}

/**
 * CJK ideographs and kana are written without spaces, so each one counts as a
 * word (the usual convention for Chinese/Japanese length). High surrogates of
 * the CJK extension planes (U+20000-U+3FFFF) are counted here too.
 */
export function isCjk(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) || (c >= 0xd840 && c <= 0xd8bf)
  );
}

/**
 * Counts whitespace-separated tokens that contain a letter or a digit
 * (so `--` or `* * *` are not words), plus one word per CJK ideograph/kana.
 * With `limit`, stops counting there (to ask "fewer than 8 words?" cheaply).
 */
export function countWords(text: string, limit = Infinity): number {
  return countWordsIn(text, 0, text.length, limit);
}

/**
 * {@link countWords} of `text.slice(start, end)`, without the slice: the
 * indexer counts every section of every book, and a loop over the whole flat
 * string is faster than one over a sliced string.
 */
export function countWordsIn(text: string, start: number, end: number, limit = Infinity): number {
  let words = 0;
  let inToken = false;
  let hasAlnum = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      if (inToken && hasAlnum && ++words >= limit) return words;
      inToken = false;
      hasAlnum = false;
      continue;
    }
    if (c >= 0x3040 && isCjk(c)) {
      // a CJK character is a word of its own and ends any Latin token glued to it
      if (inToken && hasAlnum) words++;
      words++;
      if (c >= 0xd800 && c < 0xe000) i++; // skip the low surrogate (not the next character after a U+F900 compatibility ideograph)
      inToken = false;
      hasAlnum = false;
      continue;
    }
    inToken = true;
    if (!hasAlnum) hasAlnum = isAlnum(c, text, i);
  }
  if (inToken && hasAlnum) words++;
  return words;
}

/** True when the code unit at `i` (`c`) is a letter or a digit. */
export function isAlnum(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER_OR_DIGIT.test(text[i]);
}
