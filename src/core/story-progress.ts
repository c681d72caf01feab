/**
 * How far through the story a reader is: counted over the parts only, so a
 * Project Gutenberg licence at the end neither keeps a finished book at 99%
 * nor adds reading time to it.
 */
import type { LoadedWork, Position } from './types.js';

/** Share (0..1) of the story's words before the place; 1 when the page shows a part's end and it is the last part, or in back matter. */
export function storyProgress(work: Pick<LoadedWork, 'sections'>, position: Position, pageAtEnd = false): number {
  let total = 0;
  let before = 0;
  work.sections.forEach((s, i) => {
    if (s.kind !== 'part') return;
    total += s.words;
    if (i < position.section) before += s.words;
    else if (i === position.section) {
      const len = s.end - s.start;
      const frac = pageAtEnd ? 1 : len > 0 ? Math.min(1, position.offset / len) : 0;
      before += s.words * frac;
    }
  });
  if (total === 0) return 0;
  if (work.sections[position.section]?.kind === 'back') return 1;
  return Math.min(1, before / total);
}

/** Story words left after the place. */
export function wordsLeft(work: Pick<LoadedWork, 'sections'>, position: Position, pageAtEnd = false): number {
  const total = work.sections.reduce((n, s) => n + (s.kind === 'part' ? s.words : 0), 0);
  return Math.round(total * (1 - storyProgress(work, position, pageAtEnd)));
}

/** Words left in the current section after the place. */
export function wordsLeftInSection(work: Pick<LoadedWork, 'sections'>, position: Position, pageAtEnd = false): number {
  const s = work.sections[position.section];
  if (!s || pageAtEnd) return 0;
  const len = s.end - s.start;
  return Math.round(s.words * (1 - (len > 0 ? Math.min(1, position.offset / len) : 0)));
}
