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
 * The reading speed the line's shape is chosen for (a little slower than the
 * default). The speed is learnt while reading, so the minutes left change as
 * it settles; choosing the form for a fixed speed keeps the shape put. A
 * slower reader's extra digit only moves where a long title is cut.
 */
const SHAPE_WPM = 200;

/** The widest "N min" / "N h N min" that any time up to `minutes` prints as. */
function widestMinutes(minutes: number): string {
  if (minutes < 10) return '<1 min';
  if (minutes < 60) return `${'9'.repeat(String(Math.round(minutes)).length)} min`;
  return `${'9'.repeat(String(Math.floor(minutes / 60)).length)} h 59 min`;
}

/**
 * Builds the status line for `width` columns: `work · Part n/N: title` on the
 * left, `p. p/P · % · time left` on the right. When it does not fit, the
 * right side shortens first, then the work title goes (the chapter matters
 * more while reading: the work is the one you opened), then the part label
 * is truncated. Which form is used depends on the part and the width only,
 * never on the page or the learnt reading speed, so the line keeps its shape
 * from the first page of a part to its last. On the last page of the last
 * part the time left is replaced by "the end" (or "caught up" for a work
 * still being written), in the same form. `atEnd` is true when the page
 * shows the end of the section.
 */
export function statusLine(work: LoadedWork, position: Position, page: PageInfo, width: number, wpm = 250, atEnd = false): string {
  const last = isLastPart(work, position.section);
  const pct = Math.floor(storyProgress(work, position, atEnd && last) * 100);
  const endWord = work.status === 'in-progress' ? 'caught up' : 'the end';
  const inPart = formatMinutes(wordsLeftInSection(work, position, atEnd) / wpm);
  const inWork = formatMinutes(wordsLeft(work, position, atEnd && last) / wpm);
  // The widest each number gets anywhere in this part: the form chosen for it fits on every page.
  const partStart = { section: position.section, offset: 0 };
  const pages = `${page.pages}/${page.pages}`;
  const widePart = widestMinutes(wordsLeftInSection(work, partStart, false) / SHAPE_WPM);
  const wideWork = widestMinutes(wordsLeft(work, partStart, false) / SHAPE_WPM);
  const widest = rightForms(pages, '100%', widePart, wideWork, null).map((form, i) =>
    last ? longer(form, rightForms(pages, '100%', '', '', endWord)[i]) : form,
  );
  // The page and % padded to their widest, and the right side starts where its widest form would, so
  // "p." and the numbers after it stay in their columns as you page (the times at the end read as
  // words, unpadded: a shorter one leaves blank space at the right edge).
  const forms = rightForms(
    `${page.page}/${page.pages}`.padStart(pages.length),
    `${pct}%`.padStart(3),
    inPart,
    inWork,
    atEnd && last ? endWord : null,
  ).map((form, i) => form + ' '.repeat(Math.max(0, displayWidth(widest[i]) - displayWidth(form))));
  const label = sectionLabel(work, position.section);
  const both = `${work.title} · ${label}`;
  const fits = (left: string, i: number) => displayWidth(left) + 2 + displayWidth(widest[i]) <= width;
  // The left side is cut to the room the (padded) right side leaves, so the cut does not move from page to page.
  const line = (left: string, i: number) => {
    const right = forms[i];
    const shown = truncateToWidth(left, Math.max(0, width - displayWidth(right) - 2));
    return shown + ' '.repeat(Math.max(1, width - displayWidth(shown) - displayWidth(right))) + right;
  };
  // The times shorten first, then the work title goes (the shorter times stay), then the time left in the work.
  for (let i = 0; i < 2; i++) if (fits(both, i)) return line(both, i);
  for (let i = 1; i < forms.length - 1; i++) if (fits(label, i)) return line(label, i);
  // A long chapter title is cut before the page and the time left go: they change as you read, it doesn't.
  const cut = forms.length - 2;
  if (width - displayWidth(widest[cut]) - 2 >= Math.min(40, width / 2)) return line(label, cut);
  if (fits(label, forms.length - 1)) return line(label, forms.length - 1);
  // Too narrow for the whole label: keep at least a readable start of it beside the page number.
  const i = forms.length - 1;
  if (width - displayWidth(widest[i]) - 2 >= 8) return line(label, i);
  return truncateToWidth(forms[i], width);
}

const longer = (a: string, b: string) => (displayWidth(b) > displayWidth(a) ? b : a);

/**
 * The right side, longest form first: "p. 3/7 · 24% · 6 min left in part · 16 min in work", then
 * "… · part 6 min · work 16 min", "… · part 6 min", down to "3/7 · 24%".
 * With `ending`, the same four forms with "the end" (or "caught up") in place of the time left (of the % in the shortest).
 */
function rightForms(page: string, pct: string, inPart: string, inWork: string, ending: string | null): string[] {
  if (ending) return [`p. ${page} · ${pct} · ${ending}`, `p. ${page} · ${pct} · ${ending}`, `p. ${page} · ${pct} · ${ending}`, `${page} · ${ending}`];
  return [
    `p. ${page} · ${pct} · ${inPart} left in part · ${inWork} in work`,
    `p. ${page} · ${pct} · part ${inPart} · work ${inWork}`,
    // "part" as in the form above: a bare "6 min left" could be the part's or the work's.
    `p. ${page} · ${pct} · part ${inPart}`,
    `${page} · ${pct}`,
  ];
}

/** True when section `index` is the work's last part. */
export function isLastPart(work: Pick<LoadedWork, 'sections'>, index: number): boolean {
  if (work.sections[index]?.kind !== 'part') return false;
  for (let i = index + 1; i < work.sections.length; i++) if (work.sections[i].kind === 'part') return false;
  return true;
}
