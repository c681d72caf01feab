/**
 * Property tests: the reader, library and bookmarks reducers never throw on
 * any sequence of key presses and resizes, and always leave a place or a
 * cursor the screen can show.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bookmarksReducer, initBookmarksState, makeBookmark, sortBookmarks, type BookmarksAction } from '../../src/core/bookmarks-state.js';
import { layoutWorkSection, type Line } from '../../src/core/layout.js';
import { initLibraryState, libraryReducer, sortAndFilter, SORT_MODES, type LibraryAction, type LibraryRow } from '../../src/core/library-state.js';
import { loadWork } from '../../src/core/load-work.js';
import { lineIndexAt } from '../../src/core/paginate.js';
import { initialReaderState, layoutWidth, readerReducer, type ReaderAction, type ReaderContext, type ReaderState } from '../../src/core/reader-state.js';
import type { Bookmark, LoadedWork } from '../../src/core/types.js';
import { TIMEOUT, height, layoutText, runs, structuredText, width } from './arbitraries.js';
import { makeWork, summary } from './fixtures.js';

/** A work of 1-4 sections of odd text, or a loaded work with chapters. */
const work: fc.Arbitrary<LoadedWork> = fc.oneof(
  fc.array(layoutText, { minLength: 1, maxLength: 4 }).map((texts) => makeWork(texts)),
  structuredText.map((t) => loadWork({ id: 'fuzz', path: 'fuzz.txt', files: [{ name: 'fuzz.txt', bytes: new TextEncoder().encode(t) }], mtimeMs: 0 })),
);

const position = fc.record({ section: fc.integer({ min: -2, max: 8 }), offset: fc.integer({ min: -5, max: 5000 }) });
const readerAction: fc.Arbitrary<ReaderAction> = fc.oneof(
  fc.constantFrom<ReaderAction['type']>('nextPage', 'prevPage', 'lineDown', 'lineUp', 'halfDown', 'halfUp', 'nextSection', 'prevSection', 'sectionStart', 'sectionEnd', 'widthInc', 'widthDec', 'widthReset').map((type) => ({ type }) as ReaderAction),
  position.map((p) => ({ type: 'jumpTo', position: p }) as const),
  fc.record({ columns: fc.oneof(fc.integer({ min: 0, max: 6 }), width), rows: fc.oneof(fc.integer({ min: 0, max: 4 }), height) }).map((r) => ({ type: 'resize', ...r }) as const),
);

/** The reader's context as the screen builds it: lines at the current measure, a page of rows less the status line. */
function context(w: LoadedWork, s: ReaderState, fallbackHeight: number): ReaderContext {
  const cols = layoutWidth(s);
  let cache = layouts.get(w);
  if (!cache) layouts.set(w, (cache = new Map()));
  const lines = (i: number) => {
    const key = `${i}:${cols}`;
    return cache.get(key) ?? cache.set(key, layoutWorkSection(w, i, cols)).get(key)!;
  };
  return { sectionCount: w.sections.length, height: s.rows > 0 ? Math.max(1, s.rows - 2) : fallbackHeight, lines };
}
/** Layouts per work and (section, width), as the screen's layout cache keeps them. */
const layouts = new WeakMap<LoadedWork, Map<string, Line[]>>();

const sectionLength = (w: LoadedWork, i: number) => w.sections[i].end - w.sections[i].start;

describe('reader reducer on any key presses (property)', () => {
  it('always keeps a place inside the work, and next page then previous page shows the same page', () => {
    fc.assert(
      fc.property(work, fc.integer({ min: 1, max: 200 }), height, fc.array(readerAction, { maxLength: 40 }), (w, measure, h, actions) => {
        let s = initialReaderState({ section: 0, offset: 0 }, measure);
        for (const a of actions) {
          const ctx = context(w, s, h);
          s = readerReducer(s, a, ctx);
          const { section, offset } = s.position;
          // Plain checks, not an `expect` each: thousands of steps run per test.
          if (!(Number.isInteger(section) && section >= 0 && section < w.sections.length)) expect.fail(`after ${a.type}: section ${section} does not exist`);
          if (!(Number.isInteger(offset) && offset >= 0 && offset <= sectionLength(w, section))) expect.fail(`after ${a.type}: offset ${offset} is outside section ${section}`);
          if (!(layoutWidth(s) >= 1)) expect.fail(`after ${a.type}: text width ${layoutWidth(s)}`);
          const after = context(w, s, h);
          const lines = after.lines(section);
          const top = lineIndexAt(lines, offset);
          // A bookmark made here opens this page again.
          const mark = makeBookmark({ work: w, section, offset, now: 0 });
          const opened = readerReducer(s, { type: 'jumpTo', position: mark }, after);
          if (opened.position.section !== section || lineIndexAt(lines, opened.position.offset) !== top) {
            expect.fail(`a bookmark at ${JSON.stringify(s.position)} opens ${JSON.stringify(opened.position)}, another page`);
          }
          if (a.type === 'jumpTo' && section === a.position.section && a.position.offset >= 0 && a.position.offset <= sectionLength(w, section)) {
            // A jump shows the place jumped to: no text between it and the top of the page is skipped.
            const sec = w.text.slice(w.sections[section].start, w.sections[section].end);
            const top0 = lines[top]?.start ?? 0;
            if (top0 > a.position.offset && /\S/u.test(sec.slice(a.position.offset, top0))) expect.fail(`a jump to ${a.position.offset} shows the page from ${top0}`);
          }
          const next = readerReducer(s, { type: 'nextPage' }, after);
          // On the last page of the work next page keeps the page (it may only snap the offset to the top line's start).
          if (next.position.section === section && lineIndexAt(lines, next.position.offset) !== top) {
            const back = readerReducer(next, { type: 'prevPage' }, after);
            if (back.position.section !== section || lineIndexAt(lines, back.position.offset) !== top) {
              expect.fail(`previous page after next page shows ${JSON.stringify(back.position)}, not the page at ${JSON.stringify(s.position)}`);
            }
          } else if (next.position.section === section + 1) {
            // Paging back into the previous part shows its end.
            const back = readerReducer(next, { type: 'prevPage' }, after);
            const prev = after.lines(section);
            if (back.position.section !== section || (prev.length && lineIndexAt(prev, back.position.offset) + after.height < prev.length)) {
              expect.fail(`previous page from the start of part ${section + 1} shows ${JSON.stringify(back.position)}, not the end of part ${section}`);
            }
          }
        }
      }),
      runs(150),
    );
  }, TIMEOUT);

  it('reading page by page from the start shows every line of the work exactly once, but a blank row a page would open on', () => {
    fc.assert(
      fc.property(work, width, height, (w, measure, h) => {
        let s: ReaderState = { ...initialReaderState({ section: 0, offset: 0 }, measure), columns: measure };
        const ctx = context(w, s, h);
        const seen: Line[][] = w.sections.map(() => []);
        for (let n = 0; n < 100_000; n++) {
          const lines = ctx.lines(s.position.section);
          const top = lineIndexAt(lines, s.position.offset);
          const shown = seen[s.position.section];
          if (top > 0 && shown.length === top - 1 && lines[top - 1].kind === 'blank') shown.push(lines[top - 1]);
          else if (top > 0 && lines[top].kind === 'blank' && top + 1 < lines.length) expect.fail(`a page opens on a blank row at line ${top}`);
          shown.push(...lines.slice(top, top + h));
          const next = readerReducer(s, { type: 'nextPage' }, ctx);
          // The end of the work: the same page stays on screen.
          if (next.position.section === s.position.section && lineIndexAt(lines, next.position.offset) === top) break;
          s = next;
        }
        w.sections.forEach((_, i) => expect(seen[i]).toEqual(ctx.lines(i)));
      }),
      runs(100),
    );
  }, TIMEOUT);
});

const row: fc.Arbitrary<LibraryRow> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 6 }),
    title: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('The End', 'a tale', '👍 Emoji', 'Zoë', '10 Things', '2 Things')),
    author: fc.option(fc.string({ maxLength: 8 })),
    words: fc.nat({ max: 100_000 }),
    progress: fc.double({ min: 0, max: 1, noNaN: true }),
    lastRead: fc.option(fc.nat(), { nil: undefined }),
    badge: fc.option(fc.constantFrom('+1 new part', 'updated')),
  })
  .map((r) => ({ work: summary(r.id, { title: r.title, author: r.author, words: r.words }), progress: r.progress, lastRead: r.lastRead, badge: r.badge }));
const rows = fc.uniqueArray(row, { selector: (r) => r.work.id, maxLength: 12 });

const libraryAction: fc.Arbitrary<LibraryAction> = fc.oneof(
  fc.record({ type: fc.constantFrom('up' as const, 'down' as const), count: fc.option(fc.integer({ min: -3, max: 30 }), { nil: undefined }) }),
  fc.constantFrom<LibraryAction>({ type: 'top' }, { type: 'bottom' }, { type: 'pageUp' }, { type: 'pageDown' }, { type: 'cycleSort' }, { type: 'startFilter' }, { type: 'filterBackspace' }, { type: 'filterAccept' }, { type: 'filterClear' }),
  fc.constantFrom(...SORT_MODES).map((sort) => ({ type: 'setSort', sort }) as const),
  fc.oneof(fc.string({ maxLength: 3 }), fc.constantFrom('is:', 'is:reading', 'is:updated', ' ', 'a', '👍')).map((text) => ({ type: 'filterType', text }) as const),
  fc.integer({ min: -2, max: 30 }).map((h) => ({ type: 'resize', height: h }) as const),
  rows.map((r) => ({ type: 'setRows', rows: r }) as const),
  fc.string({ maxLength: 6 }).map((id) => ({ type: 'select', workId: id }) as const),
);

/** The cursor is on a listed row (or 0 for an empty list) and in the viewport, with no needless blank rows. */
function expectCursorShown(s: { cursor: number; scroll: number; height: number }, count: number): void {
  expect(s.height).toBeGreaterThanOrEqual(1);
  expect(s.cursor).toBe(Math.min(Math.max(s.cursor, 0), Math.max(0, count - 1)));
  expect(s.cursor >= s.scroll && s.cursor < s.scroll + s.height, `cursor ${s.cursor} is on screen from ${s.scroll}`).toBe(true);
  expect(s.scroll).toBe(Math.max(0, Math.min(s.scroll, count - s.height)));
}

describe('library reducer on any key presses (property)', () => {
  it('keeps the cursor on a listed work and on screen, and lists exactly the works the filter matches', () => {
    fc.assert(
      fc.property(rows, fc.integer({ min: -1, max: 20 }), fc.array(libraryAction, { maxLength: 40 }), (all, h, actions) => {
        let s = initLibraryState(all, { height: h });
        for (const a of actions) {
          s = libraryReducer(s, a);
          expectCursorShown(s, s.visible.length);
          expect(s.visible.map((r) => r.work.id)).toEqual(sortAndFilter(s.all, s.sort, s.filter).map((r) => r.work.id));
        }
      }),
      runs(200),
    );
  }, TIMEOUT);
});

const bookmark: fc.Arbitrary<Bookmark> = fc.record({
  id: fc.string({ minLength: 1, maxLength: 4 }),
  section: fc.nat({ max: 5 }),
  offset: fc.nat({ max: 1000 }),
  snippet: fc.string({ maxLength: 10 }),
  note: fc.string({ maxLength: 10 }),
  createdAt: fc.nat(),
});
const keyName = fc.constantFrom('Enter', 'Esc', '←', '→', 'Alt-b', 'Alt-f', 'Home', 'End', 'Backspace', 'Ctrl-D', 'Ctrl-W', 'Ctrl-U', 'Ctrl-K', 'x');
const bookmarksAction: fc.Arbitrary<BookmarksAction> = fc.oneof(
  fc.constantFrom<BookmarksAction>(
    { type: 'up' }, { type: 'down' }, { type: 'top' }, { type: 'bottom' }, { type: 'pageUp' }, { type: 'pageDown' },
    { type: 'delete' }, { type: 'undo' }, { type: 'startEdit' }, { type: 'editCommit' }, { type: 'editCancel' },
  ),
  fc.integer({ min: -2, max: 20 }).map((h) => ({ type: 'resize', height: h }) as const),
  fc.record({ name: keyName, text: fc.oneof(fc.constant(''), fc.string({ maxLength: 4 }), fc.constantFrom('👩‍👧', 'e\u0301', '\t\n')) }).map((key) => ({ type: 'editKey', key }) as const),
);

describe('bookmarks reducer on any key presses (property)', () => {
  it('keeps the cursor on a bookmark and on screen, the list in reading order, and undo brings back the last deleted', () => {
    fc.assert(
      fc.property(fc.uniqueArray(bookmark, { selector: (b) => b.id, maxLength: 10 }), fc.integer({ min: -1, max: 12 }), fc.array(bookmarksAction, { maxLength: 40 }), (list, h, actions) => {
        let s = initBookmarksState(list, h);
        for (const a of actions) {
          const before = s;
          s = bookmarksReducer(s, a);
          expectCursorShown(s, s.list.length);
          expect(s.list.map((b) => b.id), 'bookmarks stay in reading order').toEqual(sortBookmarks(s.list).map((b) => b.id));
          if (s.editing) expect(s.list.some((b) => b.id === s.editing!.id), 'the note being edited belongs to a listed bookmark').toBe(true);
          if (a.type === 'undo' && before.undo) {
            const restored = bookmarksReducer(bookmarksReducer(s, { type: 'top' }), { type: 'delete' });
            expect(restored.list.length).toBe(s.list.length - (s.list.length ? 1 : 0));
            expect(s.list.map((b) => b.id)).toContain(before.undo.bookmark.id);
          }
        }
      }),
      runs(200),
    );
  }, TIMEOUT);
});
