/**
 * The reader's status line: work title · part n/N and its title · page p/P
 * of the part · % of the work · minutes left in the part. Pure.
 */
import { storyProgress, wordsLeft, wordsLeftInSection } from './story-progress.js';
import { partNumber } from './start-position.js';
import { truncateToWidth, displayWidth } from './text-width.js';
import type { LoadedWork, Position } from './types.js';

/** Page numbers of the current part. */
export interface PageInfo {
  page: number;
  pages: number;
}

/** "Part 2/4: Title", "Part 29/365: BOOK TWO: 1805 · CHAPTER I" (with its group), "Front matter" or "Back matter". */
export function sectionLabel(work: LoadedWork, index: number): string {
  const s = work.sections[index];
  if (!s) return '';
  if (s.kind === 'front') return 'Front matter';
  if (s.kind === 'back') return 'Back matter';
  const n = partNumber(work, index);
  // with a level above chapters, the group tells `CHAPTER I` of book two from that of book one
  const title = s.group
    ? `: ${[s.group, s.title].filter((x): x is string => !!x).join(' · ')}`
    : s.title && !/^(chapter|part)\s+\S+\.?$/i.test(s.title) ? `: ${s.title}` : s.title ? ` (${s.title})` : '';
  return `Part ${n}/${work.parts.length}${title}`;
}

/** "12 min", "<1 min", "2 h 5 min". */
export function formatMinutes(minutes: number): string {
  if (minutes < 1) return '<1 min';
  if (minutes < 60) return `${Math.round(minutes)} min`;
  const h = Math.floor(minutes / 60);
  const m = Math.round(minutes - h * 60);
  return m ? `${h} h ${m} min` : `${h} h`;
}

/**
 * Builds the status line for `width` columns. The right side (page, %,
 * time left in the part and in the work) always shows; the left (title and
 * part) is truncated by display width to what remains. `atEnd` is true when
 * the page shows the end of the section.
 */
export function statusLine(work: LoadedWork, position: Position, page: PageInfo, width: number, wpm = 250, atEnd = false): string {
  const pct = Math.floor(storyProgress(work, position, atEnd && isLastPart(work, position.section)) * 100);
  const inPart = formatMinutes(wordsLeftInSection(work, position, atEnd) / wpm);
  const inWork = formatMinutes(wordsLeft(work, position, atEnd && isLastPart(work, position.section)) / wpm);
  const full = `p. ${page.page}/${page.pages} · ${pct}% · ${inPart} left in part · ${inWork} in work`;
  const compact = `p. ${page.page}/${page.pages} · ${pct}% · part ${inPart} · work ${inWork}`;
  const right = [full, compact].find((r) => displayWidth(r) * 2 <= width) ?? `p. ${page.page}/${page.pages} · ${pct}% · ${inPart} left`;
  const left = `${work.title} · ${sectionLabel(work, position.section)}`;
  const room = width - displayWidth(right) - 2;
  if (room < 8) return truncateToWidth(right, width);
  const shown = truncateToWidth(left, room);
  return shown + ' '.repeat(Math.max(1, width - displayWidth(shown) - displayWidth(right))) + right;
}

/** True when section `index` is the work's last part. */
export function isLastPart(work: Pick<LoadedWork, 'sections'>, index: number): boolean {
  if (work.sections[index]?.kind !== 'part') return false;
  for (let i = index + 1; i < work.sections.length; i++) if (work.sections[i].kind === 'part') return false;
  return true;
}
