import { describe, expect, it } from 'vitest';
import {
  bookmarksReducer,
  initBookmarksState,
  makeBookmark,
  sectionLabel,
  selectedBookmark,
  sortBookmarks,
  type BookmarksAction,
  type BookmarksState,
} from '../../src/core/bookmarks-state.js';
import type { Bookmark } from '../../src/io/store-data.js';
import { makeWork } from './fixtures.js';

const bm = (id: string, section: number, offset: number, note = ''): Bookmark => ({
  id, section, offset, snippet: `snippet ${id}`, note, createdAt: 1000,
});
const run = (s: BookmarksState, ...actions: BookmarksAction[]) => actions.reduce(bookmarksReducer, s);
const ids = (s: BookmarksState) => s.list.map((b) => b.id);

const three = [bm('c', 2, 0), bm('a', 0, 10), bm('b', 1, 5)];

describe('bookmarks state', () => {
  it('lists bookmarks in reading order', () => {
    expect(ids(initBookmarksState(three, 5))).toEqual(['a', 'b', 'c']);
    expect(sortBookmarks([bm('y', 1, 50), bm('x', 1, 20)]).map((b) => b.id)).toEqual(['x', 'y']);
  });

  it('delete then undo puts the bookmark back at the same place', () => {
    const s0 = initBookmarksState(three, 5);
    const s1 = run(s0, { type: 'down' }, { type: 'delete' });
    expect(ids(s1)).toEqual(['a', 'c']);
    expect(s1.message).toBe('Deleted. u to undo');
    expect(s1.undo?.bookmark.id).toBe('b');
    const s2 = run(s1, { type: 'top' }, { type: 'undo' });
    expect(ids(s2)).toEqual(['a', 'b', 'c']);
    expect(selectedBookmark(s2)?.id).toBe('b');
    expect(s2.undo).toBeNull();
  });

  it('keeps the cursor on the list after deleting the last row, and on an empty list', () => {
    let s = run(initBookmarksState(three, 5), { type: 'bottom' }, { type: 'delete' });
    expect(s.cursor).toBe(1);
    expect(selectedBookmark(s)?.id).toBe('b');
    s = run(s, { type: 'delete' }, { type: 'delete' });
    expect(s.list).toEqual([]);
    expect(s.cursor).toBe(0);
    expect(run(s, { type: 'delete' })).toBe(s);
  });

  it('edits a note: typing, backspace and commit change the list; cancel does not', () => {
    const s0 = initBookmarksState([bm('a', 0, 0, 'old')], 5);
    const key = (name: string, text = '') => ({ type: 'editKey' as const, key: { name, text } });
    const editing = run(s0, { type: 'startEdit' }, key('Backspace'), key('x', 'k\x07 and gold'));
    expect(editing.editing?.draft.value).toBe('olk and gold');
    // The cursor moves: a word put in at the start of the note.
    const fixed = run(editing, key('Home'), key('x', 'old '));
    expect(fixed.editing?.draft.value).toBe('old olk and gold');
    const saved = run(editing, { type: 'editCommit' });
    expect(saved.list[0].note).toBe('olk and gold');
    expect(saved.editing).toBeNull();
    expect(saved.list).not.toBe(s0.list);
    const cancelled = run(editing, { type: 'editCancel' });
    expect(cancelled.list).toBe(s0.list);
    expect(cancelled.list[0].note).toBe('old');
  });

  it('clears the message on the next move and scrolls a long list', () => {
    const many = Array.from({ length: 10 }, (_, i) => bm(`m${i}`, i, 0));
    const s = run(initBookmarksState(many, 3), { type: 'delete' }, { type: 'pageDown' });
    expect(s.message).toBeNull();
    expect(s.cursor).toBe(3);
    expect(s.scroll).toBeGreaterThan(0);
    expect(s.cursor - s.scroll).toBeLessThan(3);
  });
});

describe('makeBookmark', () => {
  const work = makeWork([
    { text: 'Title page\n', kind: 'front' },
    { text: 'Always Raining in My Head\n\nIt was   raining\n  again in the city, and the\tgutters ran with the colour of rust and old newspapers.\n', title: 'Always Raining in My Head' },
    { text: 'End.\n', kind: 'back' },
  ]);

  it('keeps about 60 characters of the text from the offset, whitespace collapsed', () => {
    const b = makeBookmark({ work, section: 1, offset: 0, note: ' wet ', now: 5000 });
    expect(b.snippet.startsWith('It was raining again in the city, and the gutters')).toBe(true);
    expect(b.snippet.endsWith('…')).toBe(true);
    expect(b.snippet.length).toBeLessThanOrEqual(61);
    expect(b).toMatchObject({ section: 1, offset: 0, note: 'wet', createdAt: 5000 });
    expect(typeof b.id).toBe('string');
    expect(makeBookmark({ work, section: 1, offset: 34, now: 1, id: 'x' }).snippet.startsWith('raining again')).toBe(true);
  });

  it('a mark on the heading shows the text under it, not the heading the list already names', () => {
    expect(makeBookmark({ work, section: 1, offset: 0, now: 1 }).snippet.startsWith('It was raining')).toBe(true);
    expect(makeBookmark({ work, section: 0, offset: 0, now: 1 }).snippet).toBe('Title page');
  });

  it('keeps a short tail whole and clamps the offset', () => {
    const b = makeBookmark({ work, section: 2, offset: 99, now: 1 });
    expect(b.offset).toBe(5);
    expect(b.snippet).toBe('');
    expect(makeBookmark({ work, section: 2, offset: 0, now: 1 }).snippet).toBe('End.');
  });

  it('labels sections by part number', () => {
    expect(sectionLabel(work, 1)).toBe('Part 1 · Always Raining in My Head');
    expect(sectionLabel(work, 0)).toBe('Front matter');
    expect(sectionLabel(work, 2)).toBe('Back matter');
  });
});
