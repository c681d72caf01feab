/**
 * Grapheme clusters (what a reader sees as one character: a letter with its
 * accent, an emoji sequence) of a string, in linear time.
 *
 * V8's Intl.Segmenter iterator costs time in proportion to the whole string
 * at every step: walking a 200,000-character unbroken run took 47 s and a
 * 3 MB one never finished. Long strings are therefore segmented a window at
 * a time; the clusters at a window's end are read again at the start of the
 * next, in case one continues there.
 */
import { narrowWidth } from './narrow-text.js';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const WINDOW = 512;
/** Clusters ending this close to a window's end are read again in the next window: a cut there may have split one (an emoji ZWJ sequence is up to ~30 units). */
const MARGIN = 64;

/** The grapheme clusters of `s`, in order. */
export function* graphemesOf(s: string): Generator<string> {
  if (s.length <= WINDOW) {
    // Plain text (a typed key, a title) is a grapheme a code unit: no segmenter, whose first use costs ~12 ms.
    if (narrowWidth(s) !== undefined) {
      for (let i = 0; i < s.length; i++) yield s[i];
      return;
    }
    for (const { segment } of segmenter.segment(s)) yield segment;
    return;
  }
  let pos = 0;
  let size = WINDOW;
  while (pos < s.length) {
    const end = Math.min(s.length, pos + size);
    const last = end === s.length;
    let at = pos;
    // Every window starts on a true boundary, so only clusters near its end can be wrong.
    for (const { segment } of segmenter.segment(s.slice(pos, end))) {
      const near = at + segment.length > end - MARGIN;
      // A first cluster that fills the window may go on past it (a letter under hundreds of marks): read a wider window.
      if (!last && near && (at > pos || at + segment.length === end)) break;
      yield segment;
      at += segment.length;
    }
    size = at === pos ? size * 2 : WINDOW;
    pos = at;
  }
}
