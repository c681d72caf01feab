/**
 * The library list's order and filter: sort modes, their comparators, and
 * which works a filter keeps. Both run on 10,000 rows at a keystroke, so
 * each list of rows is sorted once per mode and each work's search text is
 * built once.
 */
import type { LibraryRow } from './library-state.js';
import { foldText } from './fold-text.js';
import { collator, compareTitles, isTitleOrdered } from './title-order.js';
import type { WorkSummary } from './types.js';

/** How the list is ordered. */
export type SortMode = 'recent' | 'title' | 'author' | 'length' | 'progress';

/** The order `s` cycles through. */
export const SORT_MODES: readonly SortMode[] = ['recent', 'title', 'author', 'length', 'progress'];

const byTitle = (a: LibraryRow, b: LibraryRow) => compareTitles(a.work, b.work);

type Compare = (a: LibraryRow, b: LibraryRow) => number;
/** Each sort's own key; ties go by title. Null for the title sort, which has none. */
const primary: Record<SortMode, Compare | null> = {
  recent: (a, b) => (b.lastRead ?? -1) - (a.lastRead ?? -1),
  title: null,
  author: (a, b) => {
    if (!a.work.author !== !b.work.author) return a.work.author ? -1 : 1;
    return collator().compare(a.work.author ?? '', b.work.author ?? '');
  },
  length: (a, b) => b.work.words - a.work.words,
  progress: (a, b) => b.progress - a.progress,
};
const comparators = Object.fromEntries(
  SORT_MODES.map((m): [SortMode, Compare] => {
    const own = primary[m];
    return [m, own ? (a, b) => own(a, b) || byTitle(a, b) : byTitle];
  }),
) as Record<SortMode, Compare>;

/**
 * True when every whitespace-separated term of `filter` occurs in the title,
 * author or a meta value. `is:` terms match the row's state instead:
 * `is:caught-up`, `is:reading`, `is:finished`, `is:not-started`, `is:updated`
 * (changed since last read), `is:complete`, `is:in-progress`.
 */
export function matchesFilter(work: WorkSummary, filter: string, row?: LibraryRow): boolean {
  const terms = foldText(filter).split(/\s+/).filter(Boolean);
  if (terms.length === 0) return true;
  const hay = hayOf(work);
  return terms.every((t) => (t.startsWith('is:') && t.length > 3 ? hasState(work, t.slice(3), row) : hay.includes(t)));
}

/** What the filter searches in, folded (case and accents ignored), built once per work: a keystroke in the filter tests 10,000 of them. */
const hays = new WeakMap<WorkSummary, string>();
function hayOf(work: WorkSummary): string {
  let hay = hays.get(work);
  if (hay === undefined) {
    hay = foldText([work.title, work.author ?? '', ...Object.values(work.meta)].join('\n'));
    hays.set(work, hay);
  }
  return hay;
}

function hasState(work: WorkSummary, want: string, row?: LibraryRow): boolean {
  if (want === 'updated' || want === 'new') return Boolean(row?.badge);
  if (want === work.status) return true;
  return (row?.state ?? 'not-started').startsWith(want);
}

/** `rows` filtered by `filter` and ordered by `sort` (a new array). */
export function sortAndFilter(rows: LibraryRow[], sort: SortMode, filter: string): LibraryRow[] {
  // Sorting is stable, so filtering the sorted list gives the same order as sorting the filtered one: each
  // list of rows is sorted once per mode, not on every keystroke of the filter.
  let bySort = sortedRows.get(rows);
  if (!bySort) sortedRows.set(rows, (bySort = new Map()));
  let sorted = bySort.get(sort);
  if (!sorted) {
    sorted = rows.slice();
    // Already in title order (the list index is stored so): only the mode's own key is left to sort by.
    const own = isTitleOrdered(rows) ? primary[sort] : comparators[sort];
    if (own) sorted.sort(own);
    bySort.set(sort, sorted);
  }
  return filter.trim() ? sorted.filter((r) => matchesFilter(r.work, filter, r)) : sorted.slice();
}

const sortedRows = new WeakMap<LibraryRow[], Map<SortMode, LibraryRow[]>>();

