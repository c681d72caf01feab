/**
 * Where opening a work lands: `--part N` when asked, else the saved place
 * (clamped to the work as it is now), else the start of part 1 (front matter
 * stays one page-back away).
 */
import type { LoadedWork, Position } from './types.js';

/** Section index of 1-based part `n` (the first part when out of range). */
export function partSection(work: Pick<LoadedWork, 'sections'>, n: number): number {
  let seen = 0;
  let first = -1;
  for (let i = 0; i < work.sections.length; i++) {
    if (work.sections[i].kind !== 'part') continue;
    if (first < 0) first = i;
    if (++seen === n) return i;
  }
  return Math.max(0, first);
}

/** 1-based part number of section `index` (parts counted up to and including it), 0 for front or back matter. */
export function partNumber(work: Pick<LoadedWork, 'sections'>, index: number): number {
  if (work.sections[index]?.kind !== 'part') return 0;
  let n = 0;
  for (let i = 0; i <= index; i++) if (work.sections[i].kind === 'part') n++;
  return n;
}

/** The position to open `work` at. */
export function startPosition(work: Pick<LoadedWork, 'sections'>, saved?: Position, part?: number): Position {
  if (part !== undefined) return { section: partSection(work, part), offset: 0 };
  if (saved && saved.section < work.sections.length) {
    const s = work.sections[saved.section];
    return { section: saved.section, offset: Math.min(saved.offset, Math.max(0, s.end - s.start - 1)) };
  }
  return { section: partSection(work, 1), offset: 0 };
}
