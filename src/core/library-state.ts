/**
 * The library screen's state as a pure reducer: rows (a work plus its
 * reading progress and last-read time), a sort mode cycled with `s`, a
 * filter typed after `/`, and a cursor with a scroll offset for a viewport
 * of `height` rows.
 */
import type { WorkSummary } from './types.js';
import type { ReadingState } from './work-status.js';
import { cleanText } from './line-edit.js';
import { sortAndFilter, SORT_MODES, type SortMode } from './library-order.js';

export { matchesFilter, sortAndFilter, SORT_MODES, type SortMode } from './library-order.js';

export { compareTitles, isTitleOrdered, markTitleOrdered, titleCollation } from './title-order.js';

/** One work in the list. */
export interface LibraryRow {
  work: WorkSummary;
  /** 0..1, 0 when never opened. */
  progress: number;
  /** Epoch ms, undefined when never read. */
  lastRead: number | undefined;
  /** "+2 new parts" or "updated" when the file changed since the last read. */
  badge?: string | null;
  /** Not started, reading, caught up (an unfinished work read to its last part), finished. */
  state?: ReadingState;
  /** Minutes left to read at the learned speed. */
  minutesLeft?: number;
}

/** Everything the library list shows. `visible` is `all`, filtered and sorted. */
export interface LibraryState {
  all: LibraryRow[];
  visible: LibraryRow[];
  sort: SortMode;
  filter: string;
  /** True while the `/` prompt takes typed text. */
  filtering: boolean;
  /** Index into `visible`. */
  cursor: number;
  /** Index of the first visible row shown. */
  scroll: number;
  /** Rows the viewport shows (at least 1). */
  height: number;
}

/** What the library screen can do. */
export type LibraryAction =
  | { type: 'up' | 'down'; count?: number }
  | { type: 'top' | 'bottom' | 'pageUp' | 'pageDown' }
  | { type: 'cycleSort' }
  | { type: 'setSort'; sort: SortMode }
  | { type: 'startFilter' }
  | { type: 'filterType'; text: string }
  | { type: 'filterBackspace' }
  /** Enter: keep the filter, leave the prompt. */
  | { type: 'filterAccept' }
  /** Esc: drop the filter (and the prompt). */
  | { type: 'filterClear' }
  | { type: 'resize'; height: number }
  | { type: 'setRows'; rows: LibraryRow[] }
  | { type: 'select'; workId: string };

/** Cursor clamped to the list; scroll moved just enough to show it. */
function place(s: LibraryState, cursor: number): LibraryState {
  const n = s.visible.length;
  const c = n === 0 ? 0 : Math.min(Math.max(cursor, 0), n - 1);
  let scroll = Math.min(s.scroll, c);
  if (c >= scroll + s.height) scroll = c - s.height + 1;
  scroll = Math.max(0, Math.min(scroll, n - s.height));
  return c === s.cursor && scroll === s.scroll ? s : { ...s, cursor: c, scroll };
}

/** Recomputes `visible`; the selected work stays selected when `keep` and still listed, else the first row is. */
function refresh(s: LibraryState, keep: boolean): LibraryState {
  const selected = s.visible[s.cursor]?.work.id;
  const visible = sortAndFilter(s.all, s.sort, s.filter);
  const at = keep ? visible.findIndex((r) => r.work.id === selected) : -1;
  return place({ ...s, visible, scroll: 0 }, Math.max(at, 0));
}

/** Initial state; `selectId` (e.g. the last work read) starts selected when listed. */
export function initLibraryState(
  rows: LibraryRow[],
  opts: { height: number; sort?: SortMode; selectId?: string },
): LibraryState {
  const base: LibraryState = {
    all: rows,
    visible: [],
    sort: opts.sort ?? 'recent',
    filter: '',
    filtering: false,
    cursor: 0,
    scroll: 0,
    height: Math.max(1, Math.floor(opts.height)),
  };
  const s = refresh(base, false);
  return opts.selectId ? libraryReducer(s, { type: 'select', workId: opts.selectId }) : s;
}

/** The library reducer. Pure: returns the same object when nothing changes. */
export function libraryReducer(s: LibraryState, a: LibraryAction): LibraryState {
  switch (a.type) {
    case 'up':
      return place(s, s.cursor - (a.count ?? 1));
    case 'down':
      return place(s, s.cursor + (a.count ?? 1));
    case 'top':
      return place(s, 0);
    case 'bottom':
      return place(s, s.visible.length - 1);
    case 'pageUp':
      return place({ ...s, scroll: Math.max(0, s.scroll - s.height) }, s.cursor - s.height);
    case 'pageDown':
      return place({ ...s, scroll: s.scroll + s.height }, s.cursor + s.height);
    case 'cycleSort':
      return refresh({ ...s, sort: SORT_MODES[(SORT_MODES.indexOf(s.sort) + 1) % SORT_MODES.length] }, true);
    case 'setSort':
      return a.sort === s.sort ? s : refresh({ ...s, sort: a.sort }, true);
    case 'startFilter':
      return { ...s, filtering: true };
    case 'filterType': {
      // The filter is echoed in the title bar: a pasted bidi override or control must not reach it.
      const text = cleanText(a.text);
      return text ? refresh({ ...s, filter: s.filter + text }, false) : s;
    }
    case 'filterBackspace': {
      if (s.filter === '') return { ...s, filtering: false };
      const chars = Array.from(s.filter);
      return refresh({ ...s, filter: chars.slice(0, -1).join('') }, false);
    }
    case 'filterAccept':
      return { ...s, filtering: false };
    case 'filterClear':
      return refresh({ ...s, filter: '', filtering: false }, true);
    case 'resize':
      return place({ ...s, height: Math.max(1, Math.floor(a.height)) }, s.cursor);
    case 'setRows':
      return refresh({ ...s, all: a.rows }, true);
    case 'select': {
      const i = s.visible.findIndex((r) => r.work.id === a.workId);
      return i < 0 ? s : place(s, i);
    }
  }
}

/** The row under the cursor, if any. */
export function selectedRow(s: LibraryState): LibraryRow | undefined {
  return s.visible[s.cursor];
}

/** "Open": the id of the work under the cursor, if any. */
export function openSelected(s: LibraryState): string | undefined {
  return selectedRow(s)?.work.id;
}

/** The rows inside the viewport. */
export function viewportRows(s: LibraryState): LibraryRow[] {
  return s.visible.slice(s.scroll, s.scroll + s.height);
}

/**
 * Reading progress (0..1) for a saved position: the `progress` the reader
 * stored with it when present, else an estimate from the section index (the
 * words of the parts before it). 0 when never opened.
 */
export function progressFrom(
  work: WorkSummary,
  pos: { section: number; offset: number; progress?: number } | undefined,
): number {
  if (!pos) return 0;
  if (typeof pos.progress === 'number' && Number.isFinite(pos.progress)) return Math.min(1, Math.max(0, pos.progress));
  if (work.words <= 0) return 0;
  const before = work.parts.slice(0, pos.section).reduce((n, p) => n + p.words, 0);
  return Math.min(1, before / work.words);
}
