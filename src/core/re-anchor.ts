/**
 * Keeps a reading position (or bookmark) on the same text when a work is
 * replaced by a new version: the text around the position is remembered as an
 * {@link Anchor} and found again in the new text, whatever was inserted above
 * it, however the file is wrapped. A raw offset is never trusted on its own.
 */
import { collapseSpace, collapseWithMap, collapsedIndex } from './text-hash.js';
import { clamp, contextPieces, nearest, paragraphAt, paragraphFinder, precedingFinder, type Finder, type Flat } from './anchor-finders.js';
import type { LoadedWork, Position, SectionKind } from './types.js';
import { partNumber } from './start-position.js';

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

/**
 * Where the anchor landed. `exact`: the text at the position was found
 * verbatim. `lost`: it is gone; the position is then just after the text that
 * came before it, when that is still in the part, else the part's start.
 */
export interface ReAnchored {
  position: Position;
  exact: boolean;
  lost: boolean;
}

const CONTEXT = 80;
/** Outside the position's own section a short phrase ("she said quietly.") is too common: pieces must be this long. */
const MIN_AWAY = 60;
const WS = /[\s\u00a0\u3000]/;
const squash = (s: string): string => s.replace(/[\s\u00a0\u3000]+/g, ' ');

const sectionText = (work: LoadedWork, i: number): string => work.text.slice(work.sections[i].start, work.sections[i].end);
const titleKey = (t: string | null): string => (t ? collapseSpace(t).toLowerCase() : '');


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
  const part = partNumber(work, section) - 1;
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
  // The old raw offset, as a collapsed index, is where to look first.
  const look = (find: Finder, i: number): number => {
    const flat = flatOf(i);
    const at = find(flat, collapsedIndex(flat, anchor.offset));
    return at >= 0 && flat.text[at] === ' ' ? at + 1 : at;
  };
  for (const [find, exact, length] of steps) {
    for (const i of order) {
      if (i !== home && length < MIN_AWAY) continue;
      const at = look(find, i);
      if (at >= 0) return { position: { section: i, offset: flatOf(i).map[at] }, exact, lost: false };
    }
  }
  // The passage itself is gone (a paragraph cut or rewritten): if what came before it is still there, go on from there.
  const after = look(precedingFinder(anchor), home);
  return { position: { section: home, offset: after >= 0 ? flatOf(home).map[after] : 0 }, exact: false, lost: true };
}

/**
 * Whether `section` of `work` is the part `anchor` was taken in, as far as
 * can be told: the same title, or the same number among the parts with a
 * title that is the old one extended or shortened (or none). Used to say
 * "the start of its part" only when it is.
 */
export function isSamePart(anchor: Anchor, work: LoadedWork, section: number): boolean {
  const s = work.sections[section];
  if (!s || s.kind !== anchor.kind) return false;
  if (s.kind !== 'part') return true;
  const was = titleKey(anchor.partTitle);
  const now = titleKey(s.title);
  if (was && was === now) return true;
  if (partNumber(work, section) - 1 !== anchor.part) return false;
  return !was || !now || was.startsWith(now) || now.startsWith(was);
}
