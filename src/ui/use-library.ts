/**
 * The library screen's state hook: rows from the works and the saved
 * positions, the pure reducer from `core/library-state`, and a dispatch that
 * returns the new state at once, so several keys delivered in one input
 * event (e.g. "j\r") each act on the state the previous one left.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import {
  initLibraryState,
  isTitleOrdered,
  libraryReducer,
  markTitleOrdered,
  progressFrom,
  type LibraryAction,
  type LibraryRow,
  type LibraryState,
  type SortMode,
} from '../core/library-state.js';
import type { WorkSummary } from '../core/types.js';
import { describeChange, fingerprintOf } from '../core/fingerprint.js';
import { readInVersion, versionChange } from '../core/resume.js';
import { readingState } from '../core/work-status.js';
import { PRIOR_WPM, wpm } from '../core/reading-speed.js';
import type { StateStore } from '../io/store-data.js';

/** Library rows for `works`, with progress and last-read time from the store's saved positions. */
export function libraryRows(works: WorkSummary[], store: Pick<StateStore, 'listPositions'> & Partial<Pick<StateStore, 'getSettings'>>): LibraryRow[] {
  const positions = store.listPositions();
  const speed = store.getSettings?.().speed;
  const perMinute = speed ? wpm(speed) : PRIOR_WPM;
  const rows = works.map((work): LibraryRow => {
    // State is kept under the work's identity key, so it follows renames and re-downloads.
    const pos = positions[work.key];
    // Never opened (most of a big library): what the general case below works out, without its allocations.
    if (!pos) return { work, progress: 0, lastRead: undefined, badge: null, state: 'not-started', minutesLeft: work.words / perMinute };
    // A partial entry (first frame) has no part hashes yet: its badge comes with the full scan.
    const change = work.partial ? null : versionChange(work, pos?.print);
    // Parts read in an older version count only where their text is unchanged (a rewritten last part is unread).
    const partsRead = change && pos?.read ? readInVersion(pos.read, pos.print, fingerprintOf(work)) : (pos?.read ?? []);
    const state = readingState({ status: work.status, partsRead, partCount: work.parts.length, started: Boolean(pos) });
    // Saved progress is a share of the old version: scale it to the new one's length (new parts are unread).
    const progress = change && pos?.print?.total ? Math.min(1, (progressFrom(work, pos) * pos.print.total) / Math.max(1, work.words)) : progressFrom(work, pos);
    const minutesLeft = (work.words * (1 - progress)) / perMinute;
    return { work, progress, lastRead: pos?.at ? pos.at : undefined, badge: change ? describeChange(change) : null, state, minutesLeft };
  });
  // Rows in the works' order: works in title order (the list index) make rows in title order.
  return isTitleOrdered(works) ? markTitleOrdered(rows) : rows;
}


/** Options of {@link useLibrary}. */
export interface UseLibraryOptions {
  works: WorkSummary[];
  store: Pick<StateStore, 'listPositions' | 'lastWork'>;
  /** Rows in the list viewport. */
  height: number;
  initialSort?: SortMode;
}

/** What {@link useLibrary} returns. */
export interface LibraryHandle {
  state: LibraryState;
  /** Applies an action and returns the resulting state (also rendered). */
  dispatch(action: LibraryAction): LibraryState;
  /** The latest state, including actions dispatched during this input event. */
  current(): LibraryState;
}

/** State for the library list; re-reads positions when `works` changes, follows `height`. */
export function useLibrary({ works, store, height, initialSort }: UseLibraryOptions): LibraryHandle {
  const [state, setState] = useState(() => {
    // Asked once, not once per work: each call stats the state file (10,000 stats at a 10k-work start).
    const last = store.lastWork();
    return initLibraryState(libraryRows(works, store), { height, sort: initialSort, selectId: works.find((w) => w.key === last)?.id });
  });
  const ref = useRef(state);

  const dispatch = useCallback((action: LibraryAction) => {
    const next = libraryReducer(ref.current, action);
    if (next !== ref.current) {
      ref.current = next;
      setState(next);
    }
    return next;
  }, []);
  const current = useCallback(() => ref.current, []);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    dispatch({ type: 'setRows', rows: libraryRows(works, store) });
  }, [works, store, dispatch]);

  useEffect(() => {
    dispatch({ type: 'resize', height });
  }, [height, dispatch]);

  return { state, dispatch, current };
}
