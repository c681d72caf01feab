/**
 * The library's title order (leading symbols and English articles ignored,
 * numbers by value), and a mark for lists already in it: the list index is
 * stored sorted, so the first frame of a 10,000-work library need not compare
 * titles again.
 */
import type { WorkSummary } from './types.js';

let made: Intl.Collator | undefined;
/**
 * Compares names as the library does: case and accents ignored, numbers by
 * value. Made on first use: the first collator of a process loads ICU's
 * collation data (6-9 ms), which opening a work from the command line does not need.
 */
export const collator = (): Intl.Collator => (made ??= new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }));
/** Title for sorting: leading symbols/emoji and an English article ignored. */
const keys = new WeakMap<WorkSummary, string>();
/** Computed once per work, not per comparison: sorting 10,000 works compares ~140,000 pairs. */
const sortKey = (work: WorkSummary) => {
  let k = keys.get(work);
  if (k === undefined) keys.set(work, (k = work.title.replace(/^[^\p{L}\p{N}]+/u, '').replace(/^(the|an?)\s+/i, '')));
  return k;
};
/** Title order as the library sorts it (leading symbols and articles ignored, numbers by value). */
export const compareTitles = (a: WorkSummary, b: WorkSummary) =>
  collator().compare(sortKey(a), sortKey(b)) || collator().compare(a.id, b.id);

/** The locale titles are collated in: a title order stored by another locale is not this one's. */
export const titleCollation = (): string => collator().resolvedOptions().locale;
const titleOrdered = new WeakSet<readonly unknown[]>();

/**
 * Declares `items` (works, or rows with their works) to be in
 * {@link compareTitles} order already, as the list index stores them. Sorting
 * them then needs no title comparisons: a stable sort on each mode's own key
 * keeps ties in title order (10,000 title comparisons are 10-20 ms of a start).
 * The mark is on this array, which must not be reordered after; a copy is not marked.
 */
export function markTitleOrdered<T extends readonly unknown[]>(items: T): T {
  titleOrdered.add(items);
  return items;
}

/** True when `items` was marked by {@link markTitleOrdered}. */
export function isTitleOrdered(items: readonly unknown[]): boolean {
  return titleOrdered.has(items);
}
