/**
 * The reader's state for one work: the pure reducer, fed with layouts from a
 * per-work cache keyed by (section, width). Only sections actually shown are
 * ever laid out.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { createLayoutCache, layoutWorkSection, type Line } from '../core/layout.js';
import {
  initialReaderState,
  layoutWidth,
  readerReducer,
  showsEnd,
  type ReaderAction,
  type ReaderContext,
  type ReaderState,
} from '../core/reader-state.js';
import type { LoadedWork, Position } from '../core/types.js';
import { topLine } from '../core/paginate.js';

/** Columns kept free on each side of the text so it never touches the edge. */
export const MARGIN = 1;

/** What {@link useReader} gives the screen. */
export interface ReaderHandle {
  state: ReaderState;
  dispatch(action: ReaderAction): void;
  /**
   * The latest state and whether its page shows the end of its part,
   * including actions dispatched in this burst of keys (before React draws).
   */
  current(): { state: ReaderState; atEnd: boolean; atStart: boolean };
  /** The current section laid out at the current width. */
  lines: readonly Line[];
  /** Text columns in use. */
  textWidth: number;
  /** Text rows per page (the terminal minus the status line). */
  pageHeight: number;
}

/** Reader state for `work` in a `columns`×`rows` terminal, starting at `start`. */
export function useReader(work: LoadedWork, start: Position, measure: number, columns: number, rows: number): ReaderHandle {
  const cache = useMemo(() => createLayoutCache(), [work]);
  const pageHeight = Math.max(1, rows - 1);
  const textColumns = Math.max(1, columns - 2 * MARGIN);
  const [state, setState] = useState<ReaderState>(() => ({
    ...initialReaderState(start, measure),
    columns: textColumns,
    rows: pageHeight,
  }));
  const contextFor = useCallback(
    (s: ReaderState): ReaderContext => {
      const width = layoutWidth(s);
      return {
        sectionCount: work.sections.length,
        height: Math.max(1, s.rows),
        lines: (i: number) => cache.get(i, width, () => layoutWorkSection(work, i, width)),
      };
    },
    [work, cache],
  );
  // The state as of the last action, not the last render: several keys can come before React draws.
  const latest = useRef(state);
  latest.current = state;
  const dispatch = useCallback(
    (action: ReaderAction) => {
      const next = readerReducer(latest.current, action, contextFor(latest.current));
      latest.current = next;
      setState(next);
    },
    [contextFor],
  );
  const current = useCallback(() => {
    const s = latest.current;
    const ctx = contextFor(s);
    const atStart = topLine(ctx.lines(s.position.section), s.position.offset) === 0;
    return { state: s, atEnd: showsEnd(ctx, s.position), atStart };
  }, [contextFor]);
  // A resize changes the page, never the place: the reducer keeps the offset.
  const sized = useRef({ textColumns, pageHeight });
  useEffect(() => {
    if (sized.current.textColumns === textColumns && sized.current.pageHeight === pageHeight) return;
    sized.current = { textColumns, pageHeight };
    dispatch({ type: 'resize', columns: textColumns, rows: pageHeight });
  }, [textColumns, pageHeight, dispatch]);
  const ctx = contextFor(state);
  // When idle, lay out the neighbouring parts too, so crossing into them costs no wrapping.
  const { section } = state.position;
  useEffect(() => {
    const timer = setTimeout(() => prewrap(ctx, section), 50);
    return () => clearTimeout(timer);
  }, [section, ctx.sectionCount, layoutWidth(state)]);
  return {
    state,
    dispatch,
    current,
    lines: ctx.lines(state.position.section),
    textWidth: layoutWidth(state),
    pageHeight: ctx.height,
  };
}

/** Lays out the sections next to `section` (the cache keeps them). */
export function prewrap(ctx: ReaderContext, section: number): void {
  if (section + 1 < ctx.sectionCount) ctx.lines(section + 1);
  if (section > 0) ctx.lines(section - 1);
}
