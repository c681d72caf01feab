/**
 * The reader's state and its pure reducer. The layout cache lives with the
 * caller, which passes the laid-out lines (for the current measure) in a
 * {@link ReaderContext}; the reducer never lays out or reads anything.
 *
 * The place is a Position (section, offset), never a page number. After a
 * navigation action, `offset` is the start of the top line. Width and resize
 * actions keep the offset as it is (it then lies somewhere in the new top
 * line): re-snapping it to the new line start would drift the place a little
 * backwards on every resize.
 *
 * A part counts as read once its end is reached by reading on (next page,
 * line or half page down), not by a jump: see {@link reachedByReading}.
 */
import type { Line } from './layout.js';
import { lastPageStart, lineIndexAt, nextPageTop, prevPageTop, scrollTarget, topLine } from './paginate.js';
import type { Position } from './types.js';

/** Default measure (max text columns), what `=` restores. */
export const DEFAULT_WIDTH = 72;
/** How much `+`/`-` change the measure. */
export const WIDTH_STEP = 4;
/** Narrowest measure `-` allows. */
export const MIN_WIDTH = 20;

/** Everything the reader remembers between key presses. */
export interface ReaderState {
  position: Position;
  /** The measure: max text columns the user asked for. */
  width: number;
  /** Terminal columns available for text (0 = unknown); the text is never wider. */
  columns: number;
  /** Terminal rows (for the caller's page height; 0 = unknown). */
  rows: number;
  /**
   * The pages that next page came from, latest last, so previous page goes
   * back to exactly them: once a blank row between paragraphs has been
   * skipped, two tops lead to the same next page. Dropped by any other move
   * and by a change of layout.
   */
  trail?: readonly PageStep[];
}

/** One next page: from the page at `from` to the page at `to`. */
export interface PageStep {
  from: Position;
  to: Position;
}

/** Pages remembered for previous page: a long part's worth. */
const MAX_TRAIL = 500;

/** What a key press (or the terminal) asks the reader to do. */
export type ReaderAction =
  | { type: 'nextPage' | 'prevPage' | 'lineDown' | 'lineUp' | 'halfDown' | 'halfUp' }
  | { type: 'nextSection' | 'prevSection' | 'sectionStart' | 'sectionEnd' }
  | { type: 'widthInc' | 'widthDec' | 'widthReset' }
  | { type: 'jumpTo'; position: Position }
  /** Brings `position` into view (a search match): no move when it is on the page, else a few lines of context above it. */
  | { type: 'reveal'; position: Position }
  | { type: 'resize'; columns: number; rows: number };

/** What the pure reducer needs from the caller. */
export interface ReaderContext {
  sectionCount: number;
  /** Section `i` laid out at the current text width ({@link layoutWidth}). */
  lines(sectionIndex: number): readonly Line[];
  /** Text lines per page. */
  height: number;
}

/** A fresh state at `position` (default: start of the work). */
export function initialReaderState(position: Position = { section: 0, offset: 0 }, width = DEFAULT_WIDTH): ReaderState {
  return { position, width, columns: 0, rows: 0 };
}

/** Columns to lay text out at: the measure, narrowed to the terminal when known. */
export function layoutWidth(state: ReaderState): number {
  const w = state.columns > 0 ? Math.min(state.width, state.columns) : state.width;
  return Math.max(1, w);
}

function at(ctx: ReaderContext, section: number, top: number): Position {
  const lines = ctx.lines(section);
  return { section, offset: lines[Math.max(0, Math.min(top, lines.length - 1))]?.start ?? 0 };
}

/**
 * Moves the top line by `delta` lines. Past the end of a section: the next
 * section's start. Before the start: the previous section's last page (for
 * a page step) or last screenful (for line and half-page steps).
 */
function scroll(state: ReaderState, ctx: ReaderContext, delta: number, byPage: boolean): Position {
  const { section, offset } = state.position;
  const lines = ctx.lines(section);
  const top = topLine(lines, offset);
  const h = Math.max(1, ctx.height);
  const target = !byPage ? scrollTarget(lines, top, top + delta) : delta > 0 ? nextPageTop(lines, top, h) : prevPageTop(lines, top, h);
  if (delta > 0) {
    if (target < lines.length) return at(ctx, section, target);
    return section + 1 < ctx.sectionCount ? { section: section + 1, offset: 0 } : at(ctx, section, top);
  }
  if (target >= 0) return at(ctx, section, target);
  if (top > 0 || section === 0) return at(ctx, section, 0);
  const prev = ctx.lines(section - 1);
  return at(ctx, section - 1, byPage ? lastPageStart(prev, h) : Math.max(0, prev.length - h));
}

/**
 * Marks positions reached by reading on. The mark rides on the position
 * object itself, not enumerable (so it is no part of the position's value,
 * and copies or saved positions drop it), because the reading log is handed
 * only the position on screen.
 */
const BY_READING = Symbol('reachedByReading');

/**
 * True when `position` was reached by reading on: a next page, line down or
 * half page down that started before the part's end was on screen (or in the
 * part before). When such a page shows the part's end, the part was paged
 * through: it counts as read. `G`, part jumps, search, contents and bookmark
 * jumps, and scrolling on while the end is already shown, do not count.
 */
export function reachedByReading(position: Position): boolean {
  return (position as Position & { [BY_READING]?: true })[BY_READING] === true;
}

/** The page from `position` shows the end of its section. */
export function showsEnd(ctx: ReaderContext, position: Position): boolean {
  const lines = ctx.lines(position.section);
  return topLine(lines, position.offset) + Math.max(1, ctx.height) >= lines.length;
}

/** Applies `action`; returns `state` itself when nothing changes. */
export function readerReducer(state: ReaderState, action: ReaderAction, ctx: ReaderContext): ReaderState {
  const trail = state.trail ?? [];
  const last = trail.at(-1);
  if (action.type === 'prevPage' && last && last.to.section === state.position.section && last.to.offset === state.position.offset) {
    // A fresh position: the one remembered may carry the mark of having been reached by reading on.
    return { ...state, position: { section: last.from.section, offset: last.from.offset }, trail: trail.slice(0, -1) };
  }
  const next = step(state, action, ctx);
  if (next === state) return state;
  if (action.type === 'nextPage') return { ...next, trail: [...trail.slice(1 - MAX_TRAIL), { from: state.position, to: next.position }] };
  return trail.length ? { ...next, trail: undefined } : next;
}

function step(state: ReaderState, action: ReaderAction, ctx: ReaderContext): ReaderState {
  const h = Math.max(1, ctx.height);
  const half = Math.max(1, Math.floor(h / 2));
  const last = Math.max(0, ctx.sectionCount - 1);
  const move = (position: Position): ReaderState =>
    position.section === state.position.section && position.offset === state.position.offset ? state : { ...state, position };
  const sec = state.position.section;
  const readOn = (position: Position): ReaderState => {
    const next = move(position);
    if (next !== state && (position.section !== sec || !showsEnd(ctx, state.position))) {
      Object.defineProperty(position, BY_READING, { value: true });
    }
    return next;
  };
  switch (action.type) {
    case 'nextPage': return readOn(scroll(state, ctx, h, true));
    case 'prevPage': return move(scroll(state, ctx, -h, true));
    case 'lineDown': return readOn(scroll(state, ctx, 1, false));
    case 'lineUp': return move(scroll(state, ctx, -1, false));
    case 'halfDown': return readOn(scroll(state, ctx, half, false));
    case 'halfUp': return move(scroll(state, ctx, -half, false));
    case 'nextSection': return move({ section: Math.min(last, sec + 1), offset: sec < last ? 0 : state.position.offset });
    case 'prevSection': return move({ section: Math.max(0, sec - 1), offset: 0 });
    case 'sectionStart': return move({ section: sec, offset: 0 });
    case 'sectionEnd': return move(at(ctx, sec, lastPageStart(ctx.lines(sec), h)));
    case 'jumpTo': {
      const section = Math.max(0, Math.min(last, action.position.section));
      const lines = ctx.lines(section);
      return move(at(ctx, section, lineIndexAt(lines, Math.max(0, action.position.offset))));
    }
    case 'reveal': {
      const section = Math.max(0, Math.min(last, action.position.section));
      const lines = ctx.lines(section);
      const line = lineIndexAt(lines, Math.max(0, action.position.offset));
      const top = topLine(lines, state.position.offset);
      if (section === sec && line >= top && line < top + h) return state;
      // The lines before a match say where it is; a third of the page, up to three lines.
      return move(at(ctx, section, Math.max(0, line - Math.min(3, Math.floor(h / 3)))));
    }
    case 'widthInc': {
      let width = state.width + WIDTH_STEP;
      // Growing past the terminal would change nothing on screen; stop there.
      if (state.columns > 0 && width > state.columns) width = Math.max(state.width, state.columns);
      return width === state.width ? state : { ...state, width };
    }
    case 'widthDec': {
      const width = Math.max(MIN_WIDTH, Math.min(state.width, layoutWidth(state)) - WIDTH_STEP);
      return width === state.width ? state : { ...state, width };
    }
    case 'widthReset': return state.width === DEFAULT_WIDTH ? state : { ...state, width: DEFAULT_WIDTH };
    case 'resize': return { ...state, columns: Math.max(0, action.columns), rows: Math.max(0, action.rows) };
  }
}
