/**
 * What structure detection reads of a text: its lines and a few range
 * questions (words, hashes, slices). A decoded string answers them directly;
 * the indexer's byte path (byte-doc.ts) answers them from the file's bytes,
 * decoding only the lines that may matter.
 */
import { countWordsIn } from './count-words.js';
import { scanLines } from './line-scan.js';
import { wordsAndHash } from './part-scan.js';

import type { TextSource } from './types.js';

export type { TextSource } from './types.js';

/** A text as structure detection sees it. Offsets are UTF-16 offsets into the normalised text. */
export interface LineDoc extends TextSource {
  /**
   * The lines as `text.split('\n')` gives them. With `partial`, a line that
   * cannot be a heading, a contents line or a marker may be a stand-in of
   * the same length: only its length and blankness are to be trusted.
   */
  lines: readonly string[];
  /** Offset of each line. */
  starts: ArrayLike<number>;
  blank: Uint8Array;
  partial: boolean;
  /** `countWordsIn(text, from, to, limit)`; from and to are line starts or the text's end. */
  words(from: number, to: number, limit?: number): number;
  /** `wordsAndHash(text, from, hashFrom, to)`, at line starts or the end. */
  wordsAndHash(from: number, hashFrom: number, to: number): { words: number; hash: string };
  /** True when the text before `offset` is only whitespace. */
  blankBefore(offset: number): boolean;
  /** detectHardWrap's `wide` of line `i`, when the doc knows it without looking at the line. */
  wideAt?: (i: number) => boolean;
}

/** The LineDoc of a normalised string. */
export function stringDoc(text: string): LineDoc {
  const { lines, starts, blank } = scanLines(text);
  return {
    length: text.length,
    slice: (a, b) => text.slice(a, b),
    lines,
    starts,
    blank,
    partial: false,
    words: (a, b, limit) => countWordsIn(text, a, b, limit),
    wordsAndHash: (a, h, b) => wordsAndHash(text, a, h, b),
    blankBefore: (offset) => /^[\s\u00a0\u3000]*$/.test(text.slice(0, offset)),
  };
}
