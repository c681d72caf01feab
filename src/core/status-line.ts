/**
 * The reader's status line: work title · part n/N and its title · page p/P
 * of the part · % of the work · minutes left in the part and the work. Pure.
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
 * Builds the status line for `width` columns: `work · Part n/N: title` on the
 * left, `p. p/P · % · time left` on the right. When it does not fit, the
 * right side shortens first, then the work title goes (the chapter matters
 * more while reading: the work is the one you opened), then the part label
 * is truncated. Which form is used depends on the part, not the page, so the
 * line does not change shape as you page through a part. On the last page of
 * the last part the time left is replaced by "the end" (or "caught up" for a
 * work still being written). `atEnd` is true when the page shows the end of
 * the section.
 */
export function statusLine(work: LoadedWork, position: Position, page: PageInfo, width: number, wpm = 250, atEnd = false): string {
  const last = isLastPart(work, position.section);
  const pct = Math.floor(storyProgress(work, position, atEnd && last) * 100);
  const ending = atEnd && last ? (work.status === 'in-progress' ? 'caught up' : 'the end') : null;
  const inPart = formatMinutes(wordsLeftInSection(work, position, atEnd) / wpm);
  const inWork = formatMinutes(wordsLeft(work, position, atEnd && last) / wpm);
  // The widest each number gets in this part: the form chosen for it fits on every page.
  const partStart = { section: position.section, offset: 0 };
  const widest = rightForms(`${page.pages}/${page.pages}`, '100%', formatMinutes(wordsLeftInSection(work, partStart, false) / wpm), formatMinutes(wordsLeft(work, partStart, false) / wpm), ending);
  const forms = rightForms(`${page.page}/${page.pages}`, `${pct}%`, inPart, inWork, ending);
  const label = sectionLabel(work, position.section);
  const both = `${work.title} · ${label}`;
  const fits = (left: string, i: number) => displayWidth(left) + 2 + displayWidth(widest[i]) <= width;
  const line = (left: string, right: string) => {
    const shown = truncateToWidth(left, Math.max(0, width - displayWidth(right) - 2));
    return shown + ' '.repeat(Math.max(1, width - displayWidth(shown) - displayWidth(right))) + right;
  };
  // The work title goes before the time left in the work does.
  for (let i = 0; i < 2; i++) if (fits(both, i)) return line(both, forms[i]);
  for (let i = 0; i < forms.length; i++) if (fits(label, i)) return line(label, forms[i]);
  // Too narrow for the whole label: keep at least a readable start of it beside the page number.
  const i = forms.length - 1;
  if (width - displayWidth(widest[i]) - 2 >= 8) return line(label, forms[i]);
  return truncateToWidth(forms[i], width);
}

/** The right side, longest form first: "p. 3/7 · 24% · 6 min left in part · 16 min in work" down to "3/7 · 24%". */
function rightForms(page: string, pct: string, inPart: string, inWork: string, ending: string | null): string[] {
  if (ending) return [`p. ${page} · ${pct} · ${ending}`, `${page} · ${ending}`, page];
  return [
    `p. ${page} · ${pct} · ${inPart} left in part · ${inWork} in work`,
    `p. ${page} · ${pct} · part ${inPart} · work ${inWork}`,
    `p. ${page} · ${pct} · ${inPart} left`,
    `${page} · ${pct}`,
  ];
}

/** True when section `index` is the work's last part. */
export function isLastPart(work: Pick<LoadedWork, 'sections'>, index: number): boolean {
  if (work.sections[index]?.kind !== 'part') return false;
  for (let i = index + 1; i < work.sections.length; i++) if (work.sections[i].kind === 'part') return false;
  return true;
}
