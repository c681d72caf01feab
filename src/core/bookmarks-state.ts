/**
 * The bookmark list of one work as a pure reducer: a cursor over the list,
 * delete with a one-step undo, and editing a bookmark's note. Also how a
 * bookmark is made (`makeBookmark`), ordered (`sortBookmarks`) and labelled
 * (`sectionLabel`).
 *
 * Persisting is the caller's job: whenever a reducer step returns a state
 * whose `list` is a different array, save it with
 * `store.setBookmarks(workId, state.list)`.
 */
import { partBodyStart } from './part-scan.js';
import { cleanText, editLine, startLine, type LineKey, type LineState } from './line-edit.js';
import { initList, listReducer, placeCursor, type ListAction, type ListView } from './list-cursor.js';
import type { Bookmark, LoadedWork } from './types.js';
import { partNumber } from './start-position.js';

/** Everything the bookmarks screen shows. */
export interface BookmarksState extends ListView {
  /** In reading order. */
  list: Bookmark[];
  /** The last deleted bookmark and where it was, for `u`. */
  undo: { bookmark: Bookmark; index: number } | null;
  /** The note being edited, if any. */
  /** The note being edited, with its cursor. */
  editing: { id: string; draft: LineState } | null;
  /** A one-time message ("Deleted. u to undo"), cleared by the next action. */
  message: string | null;
}

/** What the bookmarks screen can do. */
export type BookmarksAction =
  | ListAction
  | { type: 'delete' }
  | { type: 'undo' }
  | { type: 'startEdit' }
  /** A key while editing the note (Enter/Esc come as editCommit/editCancel). */
  | { type: 'editKey'; key: LineKey }
  | { type: 'editCommit' }
  | { type: 'editCancel' };

/** Bookmarks in reading order: by section, then offset, then age. Returns a new array. */
export function sortBookmarks(list: readonly Bookmark[]): Bookmark[] {
  return [...list].sort((a, b) => a.section - b.section || a.offset - b.offset || a.createdAt - b.createdAt);
}

/** The initial state: `list` sorted, the cursor on the first bookmark. */
export function initBookmarksState(list: readonly Bookmark[], height: number): BookmarksState {
  const sorted = sortBookmarks(list);
  const view = initList(sorted.length, height);
  return { ...view, list: sorted, undo: null, editing: null, message: null };
}

/** The bookmark under the cursor, if any. */
export function selectedBookmark(s: BookmarksState): Bookmark | undefined {
  return s.list[s.cursor];
}

const quiet = (s: BookmarksState): BookmarksState => (s.message === null ? s : { ...s, message: null });

/** The bookmarks reducer. Pure: returns `s` itself when nothing changes. */
export function bookmarksReducer(s: BookmarksState, a: BookmarksAction): BookmarksState {
  switch (a.type) {
    case 'delete': {
      const bookmark = s.list[s.cursor];
      if (!bookmark) return s;
      const list = s.list.filter((_, i) => i !== s.cursor);
      const next = { ...s, list, undo: { bookmark, index: s.cursor }, editing: null, message: 'Deleted. u to undo' };
      return placeCursor(next, list.length, s.cursor);
    }
    case 'undo': {
      if (!s.undo) return { ...s, message: 'Nothing to undo' };
      const index = Math.min(s.undo.index, s.list.length);
      const list = [...s.list.slice(0, index), s.undo.bookmark, ...s.list.slice(index)];
      return placeCursor({ ...s, list, undo: null, message: 'Restored' }, list.length, index);
    }
    case 'startEdit': {
      const b = s.list[s.cursor];
      return b ? { ...s, editing: { id: b.id, draft: startLine(b.note) }, message: null } : s;
    }
    case 'editKey': {
      if (!s.editing) return s;
      const draft = editLine(s.editing.draft, a.key).line;
      return draft === s.editing.draft ? s : { ...s, editing: { ...s.editing, draft } };
    }
    case 'editCancel':
      return s.editing ? { ...s, editing: null } : s;
    case 'editCommit': {
      if (!s.editing) return s;
      const { id, draft } = s.editing;
      const note = cleanText(draft.value).trim();
      const old = s.list.find((b) => b.id === id);
      // An unchanged note keeps the same list, so the caller has nothing to save.
      if (!old || old.note === note) return { ...s, editing: null };
      return { ...s, list: s.list.map((b) => (b.id === id ? { ...b, note } : b)), editing: null, message: 'Note saved' };
    }
    default:
      return listReducer(quiet(s), s.list.length, a);
  }
}

/** What {@link makeBookmark} needs. */
export interface MakeBookmarkInput {
  work: Pick<LoadedWork, 'text' | 'sections'>;
  section: number;
  offset: number;
  note?: string;
  /** Epoch ms, becomes `createdAt`. */
  now: number;
  /** Defaults to one made from the time and place (stable, so the function stays pure). */
  id?: string;
}

/** Roughly how many characters of text a bookmark's snippet keeps. */
export const SNIPPET_CHARS = 60;

/** About 60 characters of `text` from `offset`, whitespace collapsed, cut at a word with `…`. */
export function snippetAt(text: string, offset: number, max = SNIPPET_CHARS): string {
  // Read a little past `max` so collapsing runs of blank lines still leaves enough text.
  const raw = text.slice(Math.max(0, offset), Math.max(0, offset) + max * 3);
  const flat = raw.replace(/\s+/g, ' ').trim();
  const chars = Array.from(flat);
  if (chars.length <= max && raw.length < max * 3) return flat;
  const cut = chars.slice(0, max).join('');
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

/** A new bookmark at (section, offset) with a snippet of the text there. */
export function makeBookmark({ work, section, offset, note = '', now, id }: MakeBookmarkInput): Bookmark {
  const sec = work.sections[section];
  const text = sec ? work.text.slice(sec.start, sec.end) : '';
  const at = Math.min(Math.max(0, Math.floor(offset)), text.length);
  return {
    id: id ?? `b${now.toString(36)}-${section}-${at}`,
    section,
    offset: at,
    // A mark on a part's first page would otherwise show its heading, which the list already names.
    snippet: snippetAt(text, sec?.kind === 'part' ? Math.max(at, partBodyStart(work.text, sec) - sec.start) : at),
    note: cleanText(note).trim(),
    createdAt: now,
  };
}

/**
 * Where a section is, for lists: `Part 2 · Title — Subtitle` (the number
 * counts 'part' sections up to and including it), `Part 29 · BOOK TWO: 1805 ·
 * CHAPTER I` when the part belongs to a group, `Part 2` when it has no
 * heading, `Front matter`, `Back matter`.
 */
export function sectionLabel(work: Pick<LoadedWork, 'sections'>, index: number): string {
  const sec = work.sections[index];
  if (!sec) return 'Unknown place';
  if (sec.kind === 'front') return 'Front matter';
  if (sec.kind === 'back') return 'Back matter';
  const n = partNumber(work, index);
  const title = [sec.title, sec.subtitle].filter((x): x is string => !!x).join(' — ');
  // the group (`BOOK TWO: 1805`) first: chapter titles repeat from book to book
  const name = [sec.group, title].filter((x): x is string => !!x).join(' · ');
  return name ? `Part ${n} · ${name}` : `Part ${n}`;
}
