/**
 * Tables of contents. A contents list at the top repeats the headings, so
 * its lines must not become parts; but it also tells us which body lines are
 * headings when they have no `Chapter` word (`STORY OF THE DOOR`, HPMOR's bare
 * titles, Moby-Dick's `ETYMOLOGY.`). Entries are matched to body lines in order.
 */
import { classifyHeading, collapse, headingKey, strippedKey } from './parse-headings.js';

/** A table of contents: lines [start, end) and its entries (collapsed text). */
export interface Toc {
  start: number;
  end: number;
  entries: string[];
}

const CONTENTS_RE = /^(?:table of )?contents\.?:?$/i;

/** Drops page numbers after a gap or dot leaders (`Heading to Chapter I.   18`). */
export function stripPageNumber(entry: string): string {
  return entry.replace(/(?:\s{2,}|\t|\s*\.{2,}\s*)\d{1,4}$/, '');
}

/** A line of running prose: many words and lower-case letters, not heading-like. */
function isProse(t: string): boolean {
  if (t.length < 50 || !/\p{Ll}/u.test(t)) return false;
  return t.split(' ').length >= 10 && classifyHeading(t) === null;
}

/**
 * Finds a contents list in lines [from, to): either a `Contents` line followed
 * by entries (ending at three blank lines, at prose, or where the first entry
 * repeats — the body has begun), or a block of three or more consecutive lines
 * that are all headings (`1. A Day of Very Low Probability` …).
 */
export function findToc(lines: readonly string[], blank: Uint8Array, from: number, to: number): Toc | null {
  const limit = Math.min(to, from + Math.max(400, Math.floor((to - from) / 5)));
  for (let c = from; c < limit; c++) {
    if (blank[c] || lines[c].length > 40) continue;
    const t = collapse(lines[c]);
    if (CONTENTS_RE.test(t)) return readContents(lines, blank, c, to);
  }
  // no `Contents` line: a block of consecutive heading lines
  let runStart = -1;
  let hits = 0;
  for (let i = from; i <= limit; i++) {
    const isBlank = i >= limit || blank[i] === 1;
    if (!isBlank) {
      if (runStart < 0) {
        runStart = i;
        hits = 0;
      }
      if (lines[i].length <= 100 && classifyHeading(lines[i]) !== null) hits++;
      continue;
    }
    if (runStart >= 0) {
      const len = i - runStart;
      if (len >= 3 && hits >= len * 0.8) {
        const entries: string[] = [];
        for (let k = runStart; k < i; k++) entries.push(collapse(stripPageNumber(lines[k])));
        return { start: runStart, end: i, entries };
      }
      runStart = -1;
    }
  }
  return null;
}

function readContents(lines: readonly string[], blank: Uint8Array, c: number, to: number): Toc {
  const entries: string[] = [];
  let firstKey = '';
  let blanks = 0;
  let lastWasHeading = false;
  let i = c + 1;
  for (; i < to && i < c + 4000; i++) {
    if (blank[i]) {
      blanks++;
      if (blanks >= 3 && entries.length > 0) break;
      continue;
    }
    const t = collapse(stripPageNumber(lines[i]));
    const k = headingKey(t);
    if (entries.length > 0 && k === firstKey) break;
    if (isProse(t)) break;
    if (blanks === 0 && entries.length > 0 && lastWasHeading && !classifyHeading(t)) {
      // an entry wrapped onto a second line
      entries[entries.length - 1] += ` ${t}`;
      lastWasHeading = false;
      continue;
    }
    lastWasHeading = classifyHeading(t)?.bare === false; // only a titled entry can wrap
    blanks = 0;
    entries.push(t);
    if (!firstKey) firstKey = k;
  }
  return { start: c, end: i, entries };
}

/** The keys a TOC entry may match: its own, and without its number (`1. Title` → `title`). */
export function entryKeys(entry: string): string[] {
  const k = headingKey(entry);
  const s = strippedKey(k);
  return s && s !== k ? [k, s] : k ? [k] : [];
}

/**
 * Matches entries to body units in order: each entry takes the first unit
 * after the previous match whose keys include one of the entry's keys.
 * `index` maps a key to the ascending unit numbers that carry it. Returns, per
 * entry, the unit number or -1.
 */
export function matchEntries(entries: readonly string[], index: ReadonlyMap<string, readonly number[]>): number[] {
  let cursor = -1;
  const out: number[] = [];
  for (const entry of entries) {
    let best = Infinity;
    for (const key of entryKeys(entry)) {
      const list = index.get(key);
      if (!list) continue;
      const p = firstAfter(list, cursor);
      if (p >= 0 && p < best) best = p;
    }
    if (best === Infinity) out.push(-1);
    else {
      out.push(best);
      cursor = best;
    }
  }
  return out;
}

/** Smallest value in the ascending list greater than x, or -1. */
function firstAfter(list: readonly number[], x: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid] > x) hi = mid;
    else lo = mid + 1;
  }
  return lo < list.length ? list[lo] : -1;
}
