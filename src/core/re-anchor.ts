/**
 * Keeps a reading position (or bookmark) on the same text when a work is
 * replaced by a new version: the text around the position is remembered as an
 * {@link Anchor} and found again in the new text, whatever was inserted above
 * it, however the file is wrapped. A raw offset is never trusted on its own.
 */
import { collapseSpace, collapseWithMap, collapsedIndex, type Collapsed } from './text-hash.js';
import type { LoadedWork, Position, SectionKind } from './types.js';

/** The text around a position, enough to find it again in another version. */
export interface Anchor {
  section: number;
  kind: SectionKind;
  partTitle: string | null;
  /** Ordinal among the work's parts, or -1 for front/back matter. */
  part: number;
  offset: number;
  /** Up to 80 chars before/after the offset; whitespace runs are one space, ends kept. */
  before: string;
  after: string;
  /** The paragraph holding the position, whitespace-collapsed. */
  paragraph: string;
  /** Collapsed chars from the paragraph's start to the position. */
  paraOffset: number;
}

/** Where the anchor landed. `exact`: the text at the position was found verbatim; `lost`: it is gone, the part's start is used. */
export interface ReAnchored {
  position: Position;
  exact: boolean;
  lost: boolean;
}

const CONTEXT = 80;
/** A context piece shorter than this matches too much to be trusted on its own. */
const MIN_PIECE = 24;
/** Outside the position's own section a short phrase ("she said quietly.") is too common: pieces must be this long. */
const MIN_AWAY = 60;
/** Cap on a paragraph's raw length each side of the position (hard-wrapped books may have no blank lines). */
const PARA_REACH = 600;
const WS = /[\s\u00a0\u3000]/;
const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ');

const clamp = (n: number, lo: number, hi: number): number => Math.max(lo, Math.min(hi, n));
const sectionText = (work: LoadedWork, i: number): string => work.text.slice(work.sections[i].start, work.sections[i].end);
const titleKey = (t: string | null): string => (t ? collapseSpace(t).toLowerCase() : '');

/** Raw [start, end) of the paragraph around `p`: blank-line separated when hard-wrapped, else one line. */
function paragraphAt(text: string, p: number, hardWrapped: boolean): [number, number] {
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

/** Remembers the text around `pos` in `work`. */
export function anchorAt(work: LoadedWork, pos: Position): Anchor {
  const section = clamp(pos.section, 0, Math.max(0, work.sections.length - 1));
  const sec = work.sections[section];
  const text = sec ? sectionText(work, section) : '';
  const offset = clamp(pos.offset, 0, text.length);
  // The paragraph is the one the reader sees at the position: skip whitespace forward.
  let p = offset;
  while (p < text.length && WS.test(text[p])) p++;
  if (p === text.length) p = offset;
  const [ps, pe] = paragraphAt(text, p, work.hardWrapped);
  const part = sec?.kind === 'part' ? work.sections.slice(0, section).filter((s) => s.kind === 'part').length : -1;
  return {
    section,
    kind: sec?.kind ?? 'part',
    partTitle: sec?.title ?? null,
    part,
    offset,
    before: squash(text.slice(Math.max(0, offset - 4 * CONTEXT), offset)).slice(-CONTEXT),
    after: squash(text.slice(offset, offset + 4 * CONTEXT)).slice(0, CONTEXT),
    paragraph: collapseSpace(text.slice(ps, pe)),
    paraOffset: offset <= ps ? 0 : squash(text.slice(ps, offset)).trimStart().length,
  };
}

/** A section's collapsed text, with what the paragraph finder needs to find paragraph starts. */
interface Flat extends Collapsed {
  raw: string;
  hardWrapped: boolean;
}

/** The occurrence of `needle` in `hay` whose `cut` point is nearest `near`, as the cut's index, or -1. */
function nearest(hay: string, needle: string, cut: number, near: number): number {
  let best = -1;
  for (let i = hay.indexOf(needle), k = 0; i >= 0 && k < 1000; i = hay.indexOf(needle, i + 1), k++) {
    if (best < 0 || Math.abs(i + cut - near) < Math.abs(best - near)) best = i + cut;
  }
  return best;
}

/** A finder returns a collapsed index in the section, or -1. */
type Finder = (flat: Flat, near: number) => number;
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
function contextPieces(a: Anchor): Piece[] {
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
function paragraphFinder(a: Anchor): Finder {
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

/** The section a position in `anchor`'s section most likely moved to: same part title, else same part ordinal, else same index. */
function homeSection(a: Anchor, work: LoadedWork): number {
  const secs = work.sections;
  const last = Math.max(0, secs.length - 1);
  const parts = secs.map((s, i) => ({ s, i })).filter((x) => x.s.kind === 'part');
  if (a.kind === 'part' && a.partTitle) {
    const same = parts.filter((x) => titleKey(x.s.title) === titleKey(a.partTitle));
    if (same.length) return same.sort((x, y) => Math.abs(x.i - a.section) - Math.abs(y.i - a.section))[0].i;
  }
  if (a.kind === 'part' && a.part >= 0 && parts.length) return parts[Math.min(a.part, parts.length - 1)].i;
  if (a.kind === 'front') return secs[0]?.kind === 'front' ? 0 : clamp(a.section, 0, last);
  if (a.kind === 'back' && secs[last]?.kind === 'back') return last;
  return clamp(a.section, 0, last);
}

/** Finds `anchor` in `work` (usually a newer version of the work it was taken from). */
export function reAnchor(anchor: Anchor, work: LoadedWork): ReAnchored {
  const home = homeSection(anchor, work);
  if (!work.sections.length) return { position: { section: 0, offset: 0 }, exact: false, lost: true };
  // Unchanged around the position: keep the offset as it is.
  const here = anchorAt(work, { section: home, offset: anchor.offset });
  if (here.offset === anchor.offset && here.before === anchor.before && here.after === anchor.after) {
    return { position: { section: home, offset: anchor.offset }, exact: true, lost: false };
  }
  const title = titleKey(anchor.partTitle);
  const order = work.sections
    .map((s, i) => ({ i, rank: i === home ? -2 : title && titleKey(s.title) === title ? -1 : Math.abs(i - home) }))
    .sort((x, y) => x.rank - y.rank)
    .map((x) => x.i);
  const flats = new Map<number, Flat>();
  const flatOf = (i: number): Flat => {
    let f = flats.get(i);
    if (!f) {
      const raw = sectionText(work, i);
      flats.set(i, (f = { ...collapseWithMap(raw), raw, hardWrapped: work.hardWrapped }));
    }
    return f;
  };
  const steps: [Finder, boolean, number][] = contextPieces(anchor).map((p) => [
    (f: Flat, near: number): number => nearest(f.text, p.needle, p.cut, near),
    true,
    p.needle.length,
  ]);
  steps.push([paragraphFinder(anchor), false, Infinity]);
  for (const [find, exact, length] of steps) {
    for (const i of order) {
      if (i !== home && length < MIN_AWAY) continue;
      const flat = flatOf(i);
      // The old raw offset, as a collapsed index, is where to look first.
      const near = collapsedIndex(flat, anchor.offset);
      let at = find(flat, near);
      if (at < 0) continue;
      if (flat.text[at] === ' ') at++;
      return { position: { section: i, offset: flat.map[at] }, exact, lost: false };
    }
  }
  return { position: { section: home, offset: 0 }, exact: false, lost: true };
}
