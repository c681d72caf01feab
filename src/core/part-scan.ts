/**
 * A part's word count and body hash in one pass over the work's text, with
 * no slices: indexing counts and hashes every part of every book, and doing
 * them separately was two of the biggest costs of a cold index.
 */
import { countWordsIn, isAlnum, isCjk, isSpace } from './count-words.js';
import { headingLinesIn, HEAD_SCAN } from './parse-blocks.js';

/** How much of a part's start is looked at first for its heading lines. */
const FIRST_LOOK = 400;
import type { TextSource } from './line-doc.js';
import type { Section } from './types.js';

/**
 * Where a part's body starts in `text`: after its heading lines (see
 * {@link detectHeadingLines}), at the start of the line after the last one;
 * `section.start` when it has no heading. Heading lines are within the
 * part's first HEAD_SCAN characters, so only those are cut from the text.
 */
export function partBodyStart(text: TextSource, section: Pick<Section, 'kind' | 'title' | 'subtitle' | 'group' | 'start' | 'end'>): number {
  const { start, end } = section;
  // A short start first (the index asks this of every part of every book, and a view of the bytes decodes what it
  // is asked for); the full HEAD_SCAN when the heading could go on past it, or the cut line decided it.
  let s = text.slice(start, Math.min(end, start + FIRST_LOOK));
  let found = headingLinesIn(s, section);
  if (s.length < Math.min(end - start, HEAD_SCAN) && (found.settledAt < 0 || found.settledAt >= s.length)) {
    s = text.slice(start, Math.min(end, start + HEAD_SCAN));
    found = headingLinesIn(s, section);
  }
  let skip = found.count;
  if (skip === 0) return start;
  let i = 0;
  while (i < s.length && skip > 0) {
    const nl = s.indexOf('\n', i);
    if (nl < 0 && s.length < end - start) {
      s = text.slice(start, end); // rare: the last heading line runs past the part's first HEAD_SCAN characters
      continue;
    }
    if (s.slice(i, nl < 0 ? s.length : nl).trim()) skip--;
    i = nl < 0 ? s.length : nl + 1;
  }
  return start + i;
}

/**
 * `countWords(text.slice(start, end))` and `textHash(text.slice(hashFrom, end))`
 * (`start <= hashFrom <= end`, and `hashFrom` is `start` or just after a line
 * break, so the words before and after it add up).
 */
export function wordsAndHash(text: string, start: number, hashFrom: number, end: number): { words: number; hash: string } {
  let words = hashFrom > start ? countWordsIn(text, start, hashFrom) : 0;
  let inToken = false;
  let hasAlnum = false;
  // textHash's state: FNV-1a over non-space code units, one space for each run of spaces between them.
  let h = 0x811c9dc5;
  let pending = false;
  let any = false;
  for (let i = hashFrom; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c > 32 && c < 0x80) {
      // Printable ASCII, most of any book: the same steps as below, with no further tests.
      if (pending) {
        h = Math.imul(h ^ 32, 0x01000193);
        pending = false;
      }
      h = Math.imul(h ^ c, 0x01000193);
      any = true;
      inToken = true;
      if (!hasAlnum) hasAlnum = (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
      continue;
    }
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
      if (c >= 0xd800 && c < 0xe000 && ++i < end) {
        // countWords skips the unit after a CJK high surrogate whatever it is; the hash still takes it in.
        const d = text.charCodeAt(i);
        if (isSpace(d)) pending = true;
        else h = Math.imul(h ^ d, 0x01000193);
      }
      continue;
    }
    inToken = true;
    if (!hasAlnum) hasAlnum = isAlnum(c, text, i);
  }
  if (inToken && hasAlnum) words++;
  return { words, hash: (h >>> 0).toString(16).padStart(8, '0') };
}
