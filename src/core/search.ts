/**
 * Text search across a whole work, for `/` in the reader.
 */
import type { LoadedWork, Position } from './types.js';

/** A match: where it starts and how many characters of the text it spans. */
export interface SearchHit {
  position: Position;
  length: number;
}

/** Query → regex: case-insensitive, any whitespace run in the query matches any whitespace run in the text. */
export function toRegExp(query: string): RegExp | null {
  const words = query.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  const escaped = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('[\\s\\u00a0\\u3000]+'), 'giu');
}

/** The section holding absolute text offset `abs` (binary search; sections are contiguous). */
function positionOf(work: LoadedWork, abs: number): Position {
  const s = work.sections;
  let lo = 0;
  let hi = s.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (s[mid].start <= abs) lo = mid;
    else hi = mid - 1;
  }
  return { section: lo, offset: abs - (s[lo]?.start ?? 0) };
}

/**
 * Finds `query` in `work`, case-insensitively, across line breaks. Forward
 * (`direction` 1) finds the first match starting after `from`; backward the
 * last one starting before it; both wrap around the work, so a lone match is
 * found again. Returns null when there is no match (or the query is blank).
 */
export function searchWork(work: LoadedWork, query: string, from: Position, direction: 1 | -1): SearchHit | null {
  const re = toRegExp(query);
  if (!re || work.sections.length === 0) return null;
  const text = work.text;
  const section = work.sections[Math.max(0, Math.min(work.sections.length - 1, from.section))];
  const origin = section.start + Math.max(0, from.offset);
  const hit = (m: RegExpExecArray): SearchHit => ({ position: positionOf(work, m.index), length: m[0].length });

  if (direction === 1) {
    re.lastIndex = Math.min(text.length, origin + 1);
    const m = re.exec(text);
    if (m) return hit(m);
    re.lastIndex = 0;
    const w = re.exec(text);
    return w && w.index <= origin ? hit(w) : null;
  }
  // Backward: the last match before the origin, else the last in the work.
  // One forward pass (stepping one char past each match start so overlapping
  // matches count) is simple and fast enough for a 10 MB text.
  let before: RegExpExecArray | null = null;
  let lastAny: RegExpExecArray | null = null;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < origin) before = m;
    lastAny = m;
    re.lastIndex = m.index + 1;
  }
  const m = before ?? lastAny;
  return m ? hit(m) : null;
}

/** Which match `hit` is (1-based) and how many the work has, for "match 3 of 12". */
export function matchIndex(work: LoadedWork, query: string, hit: SearchHit): { index: number; total: number } {
  const re = toRegExp(query);
  if (!re) return { index: 0, total: 0 };
  const at = work.sections[hit.position.section].start + hit.position.offset;
  let index = 0;
  let total = 0;
  re.lastIndex = 0;
  for (let m = re.exec(work.text); m; m = re.exec(work.text)) {
    total++;
    if (m.index === at) index = total;
    re.lastIndex = m.index + 1;
  }
  return { index, total };
}

/** True when going from `from` to `to` in `direction` passed the end (or start) of the work. */
export function wrapped(work: LoadedWork, from: Position, to: Position, direction: 1 | -1): boolean {
  const abs = (p: Position) => work.sections[p.section].start + p.offset;
  return direction === 1 ? abs(to) <= abs(from) : abs(to) >= abs(from);
}
