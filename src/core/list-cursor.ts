/**
 * Cursor and scroll offset for a list of `count` rows shown in a viewport of
 * `height` rows. Pure, and shared by the contents and bookmarks screens; the
 * row count is passed in rather than stored so a list that changes (a
 * bookmark deleted) never leaves a stale count behind.
 */

/** Where the cursor is and which rows are on screen. */
export interface ListView {
  /** Index of the selected row (0 when the list is empty). */
  cursor: number;
  /** Index of the first row shown. */
  scroll: number;
  /** Rows the viewport shows (at least 1). */
  height: number;
}

/** Movements, named as the keymap actions are. */
export type ListMove = 'up' | 'down' | 'top' | 'bottom' | 'pageUp' | 'pageDown';

/** What a list can do. */
export type ListAction = { type: ListMove } | { type: 'resize'; height: number };

/** Every {@link ListMove}. */
export const LIST_MOVES: readonly ListMove[] = ['up', 'down', 'top', 'bottom', 'pageUp', 'pageDown'];

/** True when a keymap action is a list movement. */
export function isListMove(action: string | undefined): action is ListMove {
  return (LIST_MOVES as readonly string[]).includes(action ?? '');
}

const rows = (height: number) => Math.max(1, Math.floor(height) || 1);

/**
 * `v` with the cursor clamped into the list and the scroll moved just enough
 * to show it. Returns `v` itself when nothing changed.
 */
export function placeCursor<T extends ListView>(v: T, count: number, cursor: number): T {
  const c = count <= 0 ? 0 : Math.min(Math.max(cursor, 0), count - 1);
  let scroll = Math.min(v.scroll, c);
  if (c >= scroll + v.height) scroll = c - v.height + 1;
  // Never leave blank rows at the bottom while earlier rows are hidden.
  scroll = Math.max(0, Math.min(scroll, count - v.height));
  return c === v.cursor && scroll === v.scroll ? v : { ...v, cursor: c, scroll };
}

/** A view of `count` rows with `cursor` selected and in sight. */
export function initList(count: number, height: number, cursor = 0): ListView {
  return placeCursor({ cursor: 0, scroll: 0, height: rows(height) }, count, cursor);
}

/** Applies one movement or resize. Pure: returns `v` itself when nothing changes. */
export function listReducer<T extends ListView>(v: T, count: number, a: ListAction): T {
  switch (a.type) {
    case 'up':
      return placeCursor(v, count, v.cursor - 1);
    case 'down':
      return placeCursor(v, count, v.cursor + 1);
    case 'top':
      return placeCursor(v, count, 0);
    case 'bottom':
      return placeCursor(v, count, count - 1);
    // Paging moves the window and the cursor together, so the cursor keeps its row on screen.
    case 'pageUp':
      return placeCursor({ ...v, scroll: Math.max(0, v.scroll - v.height) }, count, v.cursor - v.height);
    case 'pageDown':
      return placeCursor({ ...v, scroll: v.scroll + v.height }, count, v.cursor + v.height);
    case 'resize': {
      const height = rows(a.height);
      return height === v.height ? v : placeCursor({ ...v, height }, count, v.cursor);
    }
  }
}

/** Indices `[start, end)` of the rows on screen. */
export function visibleRange(v: ListView, count: number): { start: number; end: number } {
  return { start: v.scroll, end: Math.min(count, v.scroll + v.height) };
}
