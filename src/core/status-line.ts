/**
 * The reader's status line: work title · part n/N and its title · page p/P
 * of the part · % of the work · minutes left in the part. Pure.
 */
import { minutesLeftInSection, readingProgress } from './reader-state.js';
import { truncateToWidth, displayWidth } from './text-width.js';
import type { LoadedWork, Position } from './types.js';

/** Page numbers of the current part. */
export interface PageInfo {
  page: number;
  pages: number;
}

/** "Part 2/4: Title", "Front matter" or "Back matter". */
export function sectionLabel(work: LoadedWork, index: number): string {
  const s = work.sections[index];
  if (!s) return '';
  if (s.kind === 'front') return 'Front matter';
  if (s.kind === 'back') return 'Back matter';
  let n = 0;
  for (let i = 0; i <= index; i++) if (work.sections[i].kind === 'part') n++;
  const title = s.title && !/^(chapter|part)\s+\S+\.?$/i.test(s.title) ? `: ${s.title}` : s.title ? ` (${s.title})` : '';
  return `Part ${n}/${work.parts.length}${title}`;
}

/** "12 min left", "<1 min left". */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return '<1 min left';
  if (minutes < 90) return `${Math.round(minutes)} min left`;
  return `${(minutes / 60).toFixed(1)} h left`;
}

/**
 * Builds the status line for `width` columns. The right side (page, %,
 * time) always shows; the left (title and part) is truncated by display
 * width to what remains.
 */
export function statusLine(work: LoadedWork, position: Position, page: PageInfo, width: number, wpm = 250): string {
  const section = work.sections[position.section];
  const pct = Math.floor(readingProgress(work.sections, position) * 100);
  const mins = section ? minutesLeftInSection(section, position.offset, wpm) : 0;
  const right = `p. ${page.page}/${page.pages} · ${pct}% · ${formatMinutes(mins)}`;
  const left = `${work.title} · ${sectionLabel(work, position.section)}`;
  const room = width - displayWidth(right) - 2;
  if (room < 8) return truncateToWidth(right, width);
  const shown = truncateToWidth(left, room);
  return shown + ' '.repeat(Math.max(1, width - displayWidth(shown) - displayWidth(right))) + right;
}
