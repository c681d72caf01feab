/**
 * Heading candidates in context (blank line before, a title or subtitle line
 * after) and the choice of which of them are the chapter-level parts.
 */
import {
  classifyHeading,
  collapse,
  headingKey,
  isStructuralSubtitle,
  isTitleish,
  strippedKey,
  type HeadingLevel,
} from './parse-headings.js';
import { matchEntries } from './toc-filter.js';

/** A heading candidate: its line, level (null: a plain short line, kept only for TOC matching) and titles. */
export interface Unit {
  line: number;
  /** Line after the heading and any title/subtitle line it absorbed. */
  after: number;
  level: HeadingLevel | null;
  title: string;
  subtitle: string | null;
  keys: string[];
}

/**
 * Collects heading units in lines [from, to). A heading needs a blank line
 * (or the start) before it, except `Chapter N` lines in text with one
 * paragraph per line. With `plain`, other short lines after a blank line are
 * collected too, as candidates for table-of-contents matching.
 */
export function findHeadingUnits(
  lines: readonly string[],
  blank: Uint8Array,
  from: number,
  to: number,
  hardWrapped: boolean,
  plain: boolean,
): Unit[] {
  const units: Unit[] = [];
  for (let i = from; i < to; i++) {
    if (blank[i]) continue;
    const line = lines[i];
    if (line.length > 120) continue;
    const prevBlank = i === from || blank[i - 1] === 1;
    if (!prevBlank && hardWrapped) continue;
    const h = classifyHeading(line);
    const nextBlank = i + 1 >= to || blank[i + 1] === 1;
    let wrappedTitle: string | null = null;
    if (h && !h.bare && !nextBlank) {
      // a long title wrapped onto a second short line, then a blank line: one heading
      const next = i + 2 >= to || blank[i + 2] === 1 ? collapse(lines[i + 1]) : '';
      if (next && next.length <= 60 && !/[.!?]["”’']?$/.test(h.title) && !classifyHeading(next)) wrappedTitle = next;
    }
    // in wrapped prose a full-width line followed by more text is a paragraph that starts like a heading
    const paragraph = h !== null && hardWrapped && !h.bare && !nextBlank && !wrappedTitle && line.trim().length >= 55;
    if (h && !paragraph && (prevBlank || h.level === 'chapter' || h.level === 'upper')) {
      let title = wrappedTitle ? `${h.title} ${wrappedTitle}` : h.title;
      let subtitle: string | null = null;
      let after = wrappedTitle ? i + 2 : i + 1;
      if (h.bare && h.level !== 'named') {
        let j = i + 1;
        while (j < to && j <= i + 3 && blank[j]) j++;
        if (j < to && j <= i + 3) {
          const next = lines[j];
          if (isStructuralSubtitle(next)) {
            subtitle = collapse(next);
            after = j + 1;
          } else if ((j + 1 >= to || blank[j + 1]) && isTitleish(next) && !/^(?:[_[(]|chapter\b)/i.test(next.trim()) && !classifyHeading(next)) {
            title = `${title} ${collapse(next)}`;
            after = j + 1;
          }
        }
      }
      const joined = subtitle ? `${title} ${subtitle}` : title;
      const keys = [headingKey(line), headingKey(joined)];
      const s = strippedKey(keys[1]);
      if (s) keys.push(s);
      units.push({ line: i, after, level: h.level, title, subtitle, keys });
      i = after - 1;
      continue;
    }
    if (plain && prevBlank && line.length <= 100) {
      units.push({ line: i, after: i + 1, level: null, title: collapse(line), subtitle: null, keys: [headingKey(line)] });
    }
  }
  return units;
}

/** Counts the words between two line indices (end exclusive). */
export type WordsBetween = (fromLine: number, toLine: number) => number;

/**
 * Picks the parts. With a table of contents whose entries are found in the
 * body (in order), the matched headings are the parts. Otherwise the
 * chapter-level pattern headings are: chapters if there are any, else bare
 * numerals, else parts/books; prologues and epilogues join them. Headings with
 * no text before the next one are containers (`BOOK ONE`) or a contents list,
 * not parts.
 */
export function chooseParts(units: Unit[], tocEntries: readonly string[], words: WordsBetween): Unit[] {
  const has = (l: HeadingLevel): boolean => units.some((u) => u.level === l);
  const main: HeadingLevel = has('chapter') ? 'chapter' : has('numeral') ? 'numeral' : 'upper';
  const byPattern = units.filter((u) => u.level === main || u.level === 'named');
  const byToc = tocEntries.length >= 2 ? fromToc(units, tocEntries) : null;
  // a contents list that names only some of the numbered chapters does not hide the others
  const partial = byToc !== null && byToc.every((u) => u.level === 'chapter') && byPattern.length > byToc.length &&
    byToc.every((u) => byPattern.includes(u));
  return dropEmpty(byToc && !partial ? byToc : byPattern, words);
}

function fromToc(units: Unit[], entries: readonly string[]): Unit[] | null {
  const index = new Map<string, number[]>();
  units.forEach((u, k) => {
    for (const key of new Set(u.keys)) {
      if (!key) continue;
      const list = index.get(key);
      if (list) list.push(k);
      else index.set(key, [k]);
    }
  });
  const matched = matchEntries(entries, index);
  let lower = 0;
  const picked: Unit[] = [];
  entries.forEach((entry, e) => {
    if (classifyHeading(entry)?.level === 'upper') return; // books/acts in the contents are a level above
    lower++;
    if (matched[e] >= 0) picked.push(units[matched[e]]);
  });
  if (picked.length < 2 || picked.length < lower * 0.6) return null;
  return picked;
}

/**
 * Drops the headings of a contents list: headings with (almost) no text
 * before the next one. A heading with no text at all is a contents entry;
 * one with a few words is one only beside another such (a list of entries
 * with page numbers or subtitles). A lone short chapter (`It was dark.`)
 * between long ones is a chapter.
 */
function dropEmpty(chosen: Unit[], words: WordsBetween): Unit[] {
  const out: Unit[] = [];
  let run: Unit[] = [];
  const count = chosen.map((u, k) => (k + 1 < chosen.length ? words(u.after, chosen[k + 1].line) : Infinity));
  const short = (k: number) => k >= 0 && k < chosen.length && count[k] < 8;
  for (let k = 0; k < chosen.length; k++) {
    const u = chosen[k];
    if (count[k] === 0 || (short(k) && (short(k - 1) || short(k + 1)))) {
      run.push(u);
      continue;
    }
    // after a run of three or more empty headings (a contents list) the next one is
    // the last contents entry, unless it repeats a heading of the run (the body has begun)
    if (run.length >= 2 && !run.some((r) => r.keys[0] === u.keys[0])) {
      run = [];
      continue;
    }
    run = [];
    out.push(u);
  }
  return out;
}
