import { describe, expect, it } from 'vitest';
import {
  initLibraryState,
  isTitleOrdered,
  libraryReducer,
  markTitleOrdered,
  matchesFilter,
  openSelected,
  progressFrom,
  SORT_MODES,
  viewportRows,
  type LibraryAction,
  type LibraryRow,
  type LibraryState,
} from '../../src/core/library-state.js';
import type { WorkSummary } from '../../src/core/types.js';
import { summary } from './fixtures.js';

const work = (id: string, over: Partial<WorkSummary> = {}): WorkSummary => summary(id, { parts: [], ...over });
const row = (w: WorkSummary, progress = 0, lastRead?: number): LibraryRow => ({ work: w, progress, lastRead });

const rows: LibraryRow[] = [
  row(work('moby', { title: 'Moby Dick', author: 'Herman Melville', words: 200_000 }), 0.5, 3000),
  row(work('pride', { title: 'Pride and Prejudice', author: 'Jane Austen', words: 120_000, meta: { Fandom: 'Regency' } }), 1, 1000),
  row(work('the-time', { title: 'The Time Machine', author: 'H. G. Wells', words: 30_000 }), 0.1, 2000),
  row(work('anon', { title: 'Anonymous Tale', words: 5_000, meta: { Tags: 'Fluff, Hurt/Comfort' } })),
];
const ids = (s: LibraryState) => s.visible.map((r) => r.work.id);
const run = (s: LibraryState, ...actions: LibraryAction[]) => actions.reduce(libraryReducer, s);

describe('sorting', () => {
  const s0 = initLibraryState(rows, { height: 10 });
  it('starts with recent: most recently read first, never-read last', () => {
    expect(s0.sort).toBe('recent');
    expect(ids(s0)).toEqual(['moby', 'the-time', 'pride', 'anon']);
  });
  it('cycles recent → title → author → length → progress → recent', () => {
    const t = run(s0, { type: 'cycleSort' });
    expect(t.sort).toBe('title');
    expect(ids(t)).toEqual(['anon', 'moby', 'pride', 'the-time']); // "The" ignored
    const a = run(t, { type: 'cycleSort' });
    expect(a.sort).toBe('author');
    expect(ids(a)).toEqual(['the-time', 'moby', 'pride', 'anon']); // no author last
    const l = run(a, { type: 'cycleSort' });
    expect(ids(l)).toEqual(['moby', 'pride', 'the-time', 'anon']);
    const p = run(l, { type: 'cycleSort' });
    expect(p.sort).toBe('progress');
    expect(ids(p)).toEqual(['pride', 'moby', 'the-time', 'anon']);
    expect(run(p, { type: 'cycleSort' }).sort).toBe('recent');
  });
  it('keeps the selected work selected across a sort change', () => {
    const s = run(s0, { type: 'down' }, { type: 'down' });
    expect(openSelected(s)).toBe('pride');
    expect(openSelected(run(s, { type: 'cycleSort' }))).toBe('pride');
  });
});

describe('filter', () => {
  const s0 = initLibraryState(rows, { height: 10 });
  it('matches title, author and meta values case-insensitively', () => {
    const s = run(s0, { type: 'startFilter' }, { type: 'filterType', text: 'AUSTEN' });
    expect(s.filtering).toBe(true);
    expect(ids(s)).toEqual(['pride']);
    expect(ids(run(s0, { type: 'filterType', text: 'hurt/comfort' }))).toEqual(['anon']);
    expect(ids(run(s0, { type: 'filterType', text: 'regency' }))).toEqual(['pride']);
    expect(ids(run(s0, { type: 'filterType', text: 'machine wells' }))).toEqual(['the-time']);
    expect(matchesFilter(rows[0].work, 'melville moby')).toBe(true);
    expect(matchesFilter(rows[0].work, 'melville austen')).toBe(false);
  });
  it('matches with or without accents', () => {
    const cafe = { ...rows[0].work, title: 'Café Résumé', author: 'Zoë Brontë', meta: {} };
    for (const q of ['cafe', 'CAFÉ resume', 'zoe bronte', 'Brontë']) expect(matchesFilter(cafe, q), q).toBe(true);
    expect(matchesFilter(cafe, 'cafes')).toBe(false);
  });
  it('narrows as you type, backspace widens, Enter keeps, Esc clears', () => {
    let s = run(s0, { type: 'startFilter' }, { type: 'filterType', text: 'm' });
    expect(ids(s)).toEqual(['moby', 'the-time', 'anon']); // Melville, Machine, Anonymous
    s = run(s, { type: 'filterType', text: 'o' });
    expect(ids(s)).toEqual(['moby', 'anon']);
    s = run(s, { type: 'filterBackspace' });
    expect(s.filter).toBe('m');
    s = run(s, { type: 'filterAccept' });
    expect(s.filtering).toBe(false);
    expect(s.filter).toBe('m');
    s = run(s, { type: 'filterClear' });
    expect(s.filter).toBe('');
    expect(ids(s)).toHaveLength(4);
  });
  it('backspace on an empty filter leaves the prompt', () => {
    const s = run(s0, { type: 'startFilter' }, { type: 'filterBackspace' });
    expect(s.filtering).toBe(false);
  });
  it('a filter with no match leaves nothing to open', () => {
    const s = run(s0, { type: 'filterType', text: 'zzz' });
    expect(s.visible).toEqual([]);
    expect(openSelected(s)).toBeUndefined();
    expect(run(s, { type: 'down' }).cursor).toBe(0);
  });
});

describe('cursor and scrolling', () => {
  const many = Array.from({ length: 25 }, (_, i) => row(work(`w${String(i).padStart(2, '0')}`)));
  const s0 = initLibraryState(many, { height: 10, sort: 'title' });
  it('moves and clamps', () => {
    expect(run(s0, { type: 'up' }).cursor).toBe(0);
    expect(run(s0, { type: 'down', count: 3 }).cursor).toBe(3);
    expect(run(s0, { type: 'bottom' }).cursor).toBe(24);
    expect(run(s0, { type: 'bottom' }, { type: 'down' }).cursor).toBe(24);
    expect(run(s0, { type: 'bottom' }, { type: 'top' }).cursor).toBe(0);
  });
  it('scrolls just enough to keep the cursor in view', () => {
    let s = run(s0, { type: 'down', count: 9 });
    expect(s.scroll).toBe(0);
    s = run(s, { type: 'down' });
    expect(s.scroll).toBe(1);
    expect(viewportRows(s).map((r) => r.work.id)[9]).toBe('w10');
    s = run(s, { type: 'bottom' });
    expect(s.scroll).toBe(15);
    expect(viewportRows(s)).toHaveLength(10);
    s = run(s, { type: 'up', count: 10 });
    expect(s.cursor).toBe(14);
    expect(s.scroll).toBe(14);
  });
  it('pages by the viewport height', () => {
    const s = run(s0, { type: 'pageDown' });
    expect([s.cursor, s.scroll]).toEqual([10, 10]);
    const e = run(s, { type: 'pageDown' }, { type: 'pageDown' });
    expect([e.cursor, e.scroll]).toEqual([24, 15]);
    const b = run(e, { type: 'pageUp' });
    expect([b.cursor, b.scroll]).toEqual([14, 5]);
  });
  it('resizing keeps the cursor visible', () => {
    const s = run(s0, { type: 'down', count: 8 }, { type: 'resize', height: 4 });
    expect(s.scroll).toBe(5);
    expect(viewportRows(s)).toHaveLength(4);
  });
  it('selects a work by id at start (e.g. the last one read)', () => {
    const s = initLibraryState(many, { height: 10, sort: 'title', selectId: 'w20' });
    expect(openSelected(s)).toBe('w20');
    expect(s.scroll).toBe(11);
  });
  it('keeps the selection when rows are replaced', () => {
    const s = run(s0, { type: 'down', count: 5 }, { type: 'setRows', rows: many.slice(3) });
    expect(openSelected(s)).toBe('w05');
  });
  it('returns the same state when nothing changes', () => {
    expect(libraryReducer(s0, { type: 'up' })).toBe(s0);
  });
});

describe('progressFrom', () => {
  const w = work('p', { words: 100, parts: [10, 30, 60].map((n) => ({ title: null, subtitle: null, words: n })) });
  it('uses the stored progress, else estimates from the part', () => {
    expect(progressFrom(w, undefined)).toBe(0);
    expect(progressFrom(w, { section: 2, offset: 0, progress: 0.42 })).toBe(0.42);
    expect(progressFrom(w, { section: 2, offset: 0 })).toBe(0.4);
    expect(progressFrom(w, { section: 9, offset: 0 })).toBe(1);
  });
});

describe('a library already in title order (the list index)', () => {
  // Titles that collide once articles, symbols and case are ignored, numbers compared by value, some authors missing.
  const titles = ['The Tale', 'tale', '*Tale*', 'A Tale 2', 'Tale 10', 'tale 9', 'An Ending', 'Ending', 'Zed', '…zed'];
  const authors = [null, 'Ann', 'ann', 'Bob', null, 'Cy'];
  const many: LibraryRow[] = Array.from({ length: 120 }, (_, i) =>
    row(
      work(`w${(i * 37) % 120}`, { title: titles[i % titles.length], author: authors[i % authors.length], words: (i % 7) * 1000 }),
      (i % 5) / 4,
      i % 3 ? undefined : 1000 + (i % 4),
    ),
  );
  const inTitleOrder = () => markTitleOrdered(initLibraryState(many, { height: 10, sort: 'title' }).visible.slice());

  it('is listed exactly as an unsorted one, in every sort and with a filter', () => {
    const marked = inTitleOrder();
    expect(isTitleOrdered(marked)).toBe(true);
    for (const sort of SORT_MODES) {
      for (const filter of ['', 'tale', 'ann 1']) {
        const unsorted = run(initLibraryState(many, { height: 10, sort }), ...[...filter].map((text): LibraryAction => ({ type: 'filterType', text })));
        const sorted = run(initLibraryState(marked, { height: 10, sort }), ...[...filter].map((text): LibraryAction => ({ type: 'filterType', text })));
        expect(ids(sorted)).toEqual(ids(unsorted));
      }
    }
  });

  it('only the array marked counts as sorted, not a copy', () => {
    expect(isTitleOrdered(inTitleOrder().slice())).toBe(false);
  });
});
