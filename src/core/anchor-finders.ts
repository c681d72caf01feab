/**
 * The ways re-anchoring looks for remembered text in a new version of a
 * section: verbatim context around the position, the paragraph's runs of
 * words voting for where it now starts, and, when the passage is gone, the
 * text that came before it (see re-anchor.ts).
 */
import { collapsedIndex, type Collapsed } from './text-hash.js';
import type { Anchor } from './re-anchor.js';

/** Cap on a paragraph's raw length each side of the position (hard-wrapped books may have no blank lines). */
const PARA_REACH = 600;
/** Shortest context (chars) worth searching for on its own. */
const MIN_PIECE = 24;

/** `n` kept within [lo, hi]. */
export const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));


/** A section's text with whitespace collapsed, and what finding in it needs. */
export interface Flat extends Collapsed {
  raw: string;
  hardWrapped: boolean;
}

/** The occurrence of `needle` in `hay` whose `cut` point is nearest `near`, as the cut's index, or -1. */
export function nearest(hay: string, needle: string, cut: number, near: number): number {
  let best = -1;
  for (let i = hay.indexOf(needle), k = 0; i >= 0 && k < 1000; i = hay.indexOf(needle, i + 1), k++) {
    if (best < 0 || Math.abs(i + cut - near) < Math.abs(best - near)) best = i + cut;
  }
  return best;
}

/** A finder returns a collapsed index in the section, or -1. */
export type Finder = (flat: Flat, near: number) => number;
/** A run of words found at `hit`, `at` chars into the old paragraph: the paragraph would start at `start`. */
interface Vote {
  start: number;
  at: number;
  hit: number;
}

/** Verbatim text to look for, and where in it the position falls. */
interface Piece {
  needle: string;
  cut: number;
}

/** The context around the anchor, most specific first: both sides, then each side alone. */
export function contextPieces(a: Anchor): Piece[] {
  let before = a.before.trimStart();
  let after = a.after.trimEnd();
  // Normalise so the cut always falls on the first character after the position's whitespace.
  if (after.startsWith(' ')) {
    after = after.slice(1);
    if (before && !before.endsWith(' ')) before += ' ';
  }
  if (before.endsWith(' ') && !after) before = before.trimEnd();
  const pieces: Piece[] = [];
  const piece = (needle: string, cut: number): void => {
    const whole = needle.length >= before.length + after.length;
    if (needle.trim().length >= MIN_PIECE || (whole && needle.trim())) pieces.push({ needle, cut });
  };
  piece(before + after, before.length);
  // Alone, each side must reach into the position's own paragraph, or a removed
  // paragraph would be "found" by its neighbour's text.
  const inPara = a.paragraph.length - a.paraOffset;
  if (after && inPara > 0) {
    piece(after, 0);
    piece(after.slice(0, inPara), 0);
  }
  if (before.trim() && a.paraOffset > 0) {
    const b = before.trimEnd();
    piece(b, b.length);
    piece(b.slice(-a.paraOffset), Math.min(b.length, a.paraOffset));
  }
  return pieces;
}

/**
 * Finds the paragraph by its runs of words: each run of k consecutive words
 * votes for where the paragraph now starts; the biggest cluster of votes wins
 * (so a changed word or an inserted sentence only costs the runs it touches).
 */
export function paragraphFinder(a: Anchor): Finder {
  const words = a.paragraph.split(' ').filter(Boolean);
  const k = Math.min(6, Math.max(3, Math.floor(words.length / 3)));
  const runs: { at: number; text: string }[] = [];
  for (let w = 0, at = 0; w + k <= words.length; at += words[w].length + 1, w++) {
    runs.push({ at, text: words.slice(w, w + k).join(' ') });
  }
  return (flat, near) => {
    if (runs.length < 2) return -1;
    const votes: Vote[] = [];
    for (const r of runs) {
      for (let i = flat.text.indexOf(r.text), n = 0; i >= 0 && n < 50; i = flat.text.indexOf(r.text, i + 1), n++) {
        votes.push({ start: i - r.at, at: r.at, hit: i });
      }
    }
    votes.sort((x, y) => x.start - y.start);
    // Clusters: votes whose implied starts lie within `tol`; a run counts once per cluster.
    const tol = Math.max(40, a.paragraph.length / 4);
    const distinct = (vs: Vote[]): number => new Set(vs.map((v) => v.at)).size;
    let best: Vote[] = [];
    for (let i = 0, j = 0; i < votes.length; i++) {
      while (j < votes.length && votes[j].start - votes[i].start <= tol) j++;
      const cluster = votes.slice(i, j);
      const d = distinct(cluster) - distinct(best);
      if (d > 0 || (d === 0 && best.length > 0 && Math.abs(cluster[0].start - near) < Math.abs(best[0].start - near))) best = cluster;
    }
    if (distinct(best) < Math.max(2, Math.ceil(runs.length / 4))) return -1;
    const first = best.reduce((x, y) => (y.hit < x.hit ? y : x));
    const paraStart = collapsedIndex(flat, paragraphAt(flat.raw, flat.map[first.hit], flat.hardWrapped)[0]);
    // Measure from the run nearest before the position, so edits earlier in the
    // paragraph do not shift it; with none, from the paragraph's start.
    const ref = best.filter((v) => v.at > 0 && v.at <= a.paraOffset).sort((x, y) => y.at - x.at)[0];
    let pos = ref ? ref.hit + (a.paraOffset - ref.at) : Math.min(paraStart + a.paraOffset, first.hit);
    pos = clamp(pos, paraStart, flat.text.length);
    while (pos > paraStart && flat.text[pos - 1] !== ' ') pos--;
    return snapToWords(flat.text, pos, a.after, paraStart);
  };
}

/**
 * Finds the text just before the position (up to 80 chars, see Anchor.before)
 * when the passage itself is gone: the index right after it, or -1. When
 * nothing follows it in the section (the part's last paragraph was cut), the
 * start of the paragraph it ends, so the page is not left empty.
 */
export function precedingFinder(a: Anchor): Finder {
  const needle = a.before.trim();
  return (flat, near) => {
    if (needle.length < MIN_PIECE) return -1;
    const at = nearest(flat.text, needle, needle.length, near);
    if (at < 0 || at < flat.text.length) return at;
    return collapsedIndex(flat, paragraphAt(flat.raw, flat.map[at - 1], flat.hardWrapped)[0]);
  };
}

/**
 * Words inserted or removed between the measuring run and the position shift
 * the estimate by a few words: move to the nearest place (within a short reach)
 * where the first words after the old position start a word.
 */
function snapToWords(text: string, pos: number, after: string, floor: number): number {
  const words = after.trim().split(' ');
  const reach = 48;
  for (let n = Math.min(3, words.length); n >= 1; n--) {
    const needle = words.slice(0, n).join(' ');
    if (!needle) break;
    let best = -1;
    for (let i = text.indexOf(needle, Math.max(floor, pos - reach)); i >= 0 && i <= pos + reach; i = text.indexOf(needle, i + 1)) {
      if ((i === 0 || text[i - 1] === ' ') && (best < 0 || Math.abs(i - pos) < Math.abs(best - pos))) best = i;
    }
    if (best >= 0) return best;
  }
  return pos;
}


/** Raw [start, end) of the paragraph around `p`: blank-line separated when hard-wrapped, else one line. */
export function paragraphAt(text: string, p: number, hardWrapped: boolean): [number, number] {
  const isBlank = (from: number, to: number): boolean => !/\S/.test(text.slice(from, to).replace(/[\u00a0\u3000]/g, ' '));
  let s = text.lastIndexOf('\n', p - 1) + 1;
  let e = text.indexOf('\n', p);
  if (e < 0) e = text.length;
  while (hardWrapped && s > 0 && p - s < PARA_REACH) {
    const prev = text.lastIndexOf('\n', s - 2) + 1;
    if (isBlank(prev, s - 1)) break;
    s = prev;
  }
  while (hardWrapped && e < text.length && e - p < PARA_REACH) {
    let next = text.indexOf('\n', e + 1);
    if (next < 0) next = text.length;
    if (isBlank(e + 1, next)) break;
    e = next;
  }
  return [Math.max(s, p - PARA_REACH), Math.min(e, p + PARA_REACH)];
}
