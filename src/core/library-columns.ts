/**
 * The library's columns, fitted to the terminal and to the works shown: a
 * title column as wide as the titles need, the author as wide as the authors
 * need, then parts, words, progress, time left and last read while they fit.
 * Pure: the screen only pads and draws the cells.
 */
import { formatAgo } from './format-ago.js';
import type { LibraryRow } from './library-state.js';
import { displayWidth } from './text-width.js';

/** One column: its header, width in cells, alignment and cell text. */
export interface Column {
  label: string;
  width: number;
  right?: boolean;
  cell(r: LibraryRow, now: number): string;
}

/** `950`, `12.3k`, `1.2M`. */
export function compactCount(n: number): string {
  if (n < 1000) return String(n);
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 10_000 ? 1 : 0)}k`;
  return `${(n / 1_000_000).toFixed(1)}M`;
}

/** "45m", "3h", "12h": time left, in a narrow column. */
function shortMinutes(m: number): string {
  if (m < 1) return '<1m';
  return m < 60 ? `${Math.round(m)}m` : `${Math.round(m / 60)}h`;
}

/** "just now", "12 min ago", "3 h ago", "3 days ago", "2 wk ago", "4 mo ago", "1 yr ago": at most 10 cells. */
export function shortAgo(ms: number | undefined, now: number): string {
  const long = formatAgo(ms, now);
  if (long === 'never') return '';
  return long.replace(/ minutes?/, ' min').replace(/ hours?/, ' h').replace(/ weeks?/, ' wk').replace(/ months?/, ' mo').replace(/ years?/, ' yr');
}

/** The title, with "+2 new parts" / "updated" first so truncation never hides it. */
export function titleCell(r: LibraryRow): string {
  return r.badge ? `[${r.badge}] ${r.work.title}` : r.work.title;
}

/** Progress, or the reading state when it says more: "caught up", "finished". */
function readCell(r: LibraryRow): string {
  if (r.state === 'finished') return 'finished';
  if (r.state === 'caught-up') return 'caught up';
  return r.lastRead === undefined ? '—' : `${Math.floor(r.progress * 100)}%`;
}

// Optional columns, most wanted first: the first to go when the window is narrow is the last here.
const OPTIONAL: Column[] = [
  { label: 'Read', width: 9, right: true, cell: readCell },
  { label: 'Words', width: 5, right: true, cell: (r) => compactCount(r.work.words) },
  { label: 'Left', width: 4, right: true, cell: (r) => (r.minutesLeft === undefined || r.state === 'finished' ? '' : shortMinutes(r.minutesLeft)) },
  { label: 'Last read', width: 10, cell: (r, now) => shortAgo(r.lastRead, now) },
  { label: 'Parts', width: 5, right: true, cell: (r) => String(r.work.parts.length) },
];
const ORDER = ['Title', 'Author', 'Parts', 'Words', 'Read', 'Left', 'Last read'];
const MIN_TITLE = 20;
const MIN_AUTHOR = 10;
const MAX_AUTHOR = 28;
/** Widths are measured on at most this many rows: enough to see the shape, cheap for 10,000 works. */
const SAMPLE = 2000;

/** The widest cell the rows need in a column (a sample of them for big libraries). */
function need(rows: readonly LibraryRow[], cell: (r: LibraryRow) => string): number {
  let w = 0;
  const step = Math.max(1, Math.floor(rows.length / SAMPLE));
  for (let i = 0; i < rows.length; i += step) w = Math.max(w, displayWidth(cell(rows[i])));
  return w;
}

/**
 * The columns for `width` cells (after a 2-cell cursor mark) and these rows.
 * The title keeps at least 20 cells (or what it needs), the author 10 (none
 * when no work has one); optional columns come while they fit; what is left
 * widens the title and then the author to what they need (no wider: the
 * numbers stay next to the names on a wide terminal).
 */
export function libraryColumns(width: number, rows: readonly LibraryRow[] = []): Column[] {
  const room = width - 2;
  const titleNeed = Math.max(MIN_TITLE, need(rows, titleCell));
  const authorNeed = rows.length ? Math.min(MAX_AUTHOR, need(rows, (r) => r.work.author ?? '')) : MAX_AUTHOR;
  // In a window narrower than the title's minimum, the title takes what there is: a row must never wrap.
  let title = Math.max(1, Math.min(MIN_TITLE, titleNeed, room));
  let author = authorNeed > 0 && room - title - 2 >= MIN_AUTHOR + 20 ? Math.min(MIN_AUTHOR, authorNeed) : 0;
  const used = () => title + (author ? author + 2 : 0) + chosen.reduce((n, c) => n + c.width + 2, 0);
  const chosen: Column[] = [];
  for (const c of OPTIONAL) {
    if (used() + c.width + 2 > room) break;
    chosen.push(c);
  }
  const grow = (want: number) => Math.max(0, Math.min(want, room - used()));
  title += grow(titleNeed - title);
  if (author) author += grow(authorNeed - author);
  const cols: Column[] = [{ label: 'Title', width: title, cell: titleCell }];
  if (author) cols.push({ label: 'Author', width: author, cell: (r) => r.work.author ?? '' });
  return cols.concat(chosen).sort((a, b) => ORDER.indexOf(a.label) - ORDER.indexOf(b.label));
}
