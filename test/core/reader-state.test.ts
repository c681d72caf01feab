import { describe, expect, it } from 'vitest';
import { layoutWorkSection, type Line } from '../../src/core/layout.js';
import { lineIndexAt } from '../../src/core/paginate.js';
import {
  DEFAULT_WIDTH, MIN_WIDTH, initialReaderState, layoutWidth, reachedByReading, readerReducer,
  type ReaderAction, type ReaderContext, type ReaderState,
} from '../../src/core/reader-state.js';
import type { LoadedWork } from '../../src/core/types.js';
import { makeWork, prose } from './fixtures.js';

const work = makeWork([prose(6, 'a'), prose(9, 'b'), prose(3, 'c')]);
const HEIGHT = 7;

function ctxFor(w: LoadedWork, state: ReaderState, height = HEIGHT): ReaderContext {
  const width = layoutWidth(state);
  return { sectionCount: w.sections.length, height, lines: (i) => layoutWorkSection(w, i, width) };
}
function run(state: ReaderState, ...actions: ReaderAction[]): ReaderState {
  return actions.reduce((s, a) => readerReducer(s, a, ctxFor(work, s)), state);
}
/** What the screen shows: the section and its lines from the top line. */
function screen(state: ReaderState, height = HEIGHT): { section: number; lines: Line[] } {
  const lines = ctxFor(work, state).lines(state.position.section);
  const top = lineIndexAt(lines, state.position.offset);
  return { section: state.position.section, lines: lines.slice(top, top + height) };
}

const start = { ...initialReaderState(), width: 30, columns: 100, rows: 30 };

describe('reader paging', () => {
  it('walks the whole work page by page without losing or repeating a line, no page opening on a blank row', () => {
    let s = start;
    const seen: Line[][] = [[], [], []];
    let skipped = 0;
    for (let n = 0; n < 200; n++) {
      const sc = screen(s);
      if (s.position.offset > 0) expect(sc.lines[0].kind).not.toBe('blank');
      const lines = ctxFor(work, s).lines(sc.section);
      const top = lineIndexAt(lines, s.position.offset);
      // The blank row a page break falls on is the only line not shown.
      if (top > 0 && seen[sc.section].length === top - 1 && lines[top - 1].kind === 'blank') {
        seen[sc.section].push(lines[top - 1]);
        skipped++;
      }
      seen[sc.section].push(...sc.lines);
      const next = run(s, { type: 'nextPage' });
      if (next === s) break; // the end of the work: nothing changes
      s = next;
    }
    expect(s.position.section).toBe(2);
    work.sections.forEach((_, i) => expect(seen[i]).toEqual(layoutWorkSection(work, i, 30)));
    expect(skipped).toBeGreaterThan(0);
  });

  it('goes back exactly the way it came after skipping a blank row, and without that history ends the page before where it began', () => {
    // Paragraphs of 3 lines and a blank between: a page of 3 from the start ends on text, and the next one would open on the blank.
    const lines = layoutWorkSection(work, 1, 30);
    const h = 3;
    const ctx: ReaderContext = { sectionCount: work.sections.length, height: h, lines: (i) => layoutWorkSection(work, i, 30) };
    const blank = lines.findIndex((l, i) => i >= h && l.kind === 'blank');
    const from = { ...start, position: { section: 1, offset: lines[blank - h].start } };
    const next = readerReducer(from, { type: 'nextPage' }, ctx);
    expect(lineIndexAt(lines, next.position.offset)).toBe(blank + 1);
    expect(readerReducer(next, { type: 'prevPage' }, ctx).position).toEqual(from.position);
    // Reopened there (no history): the page before ends just above it, and opens on text.
    const reopened = { ...start, position: next.position };
    const back = lineIndexAt(lines, readerReducer(reopened, { type: 'prevPage' }, ctx).position.offset);
    expect(back + h).toBeGreaterThanOrEqual(blank);
    expect(back + h).toBeLessThanOrEqual(blank + 1);
    expect(lines[back].kind).not.toBe('blank');
  });

  it('comes back to the same page with next then previous, also across a section boundary', () => {
    let s = start;
    for (let n = 0; n < 12; n++) {
      const next = run(s, { type: 'nextPage' });
      expect(run(next, { type: 'prevPage' }).position).toEqual(s.position);
      s = next;
    }
    expect(s.position.section).toBeGreaterThan(0);
  });

  it('continues into the next section at its start, and pages back to the last page of the previous one', () => {
    const lastOf0 = run(start, { type: 'sectionEnd' });
    expect(screen(lastOf0).lines.at(-1)).toEqual(layoutWorkSection(work, 0, 30).at(-1));
    const into1 = run(lastOf0, { type: 'nextPage' });
    expect(into1.position).toEqual({ section: 1, offset: 0 });
    expect(run(into1, { type: 'prevPage' }).position).toEqual(lastOf0.position);
  });

  it('scrolls by lines and half pages, and back into the previous section', () => {
    const all = layoutWorkSection(work, 0, 30);
    expect(run(start, { type: 'lineDown' }).position.offset).toBe(all[1].start);
    expect(run(start, { type: 'halfDown' }).position.offset).toBe(all[3].start);
    expect(run(start, { type: 'halfDown' }, { type: 'halfUp' }).position).toEqual(start.position);
    const up = run({ ...start, position: { section: 1, offset: 0 } }, { type: 'lineUp' });
    expect(up.position).toEqual({ section: 0, offset: all[all.length - HEIGHT].start });
  });

  it('stays put at the very start and the very end of the work', () => {
    expect(run(start, { type: 'prevPage' })).toBe(start);
    const end = run(start, { type: 'nextSection' }, { type: 'nextSection' }, { type: 'sectionEnd' });
    expect(run(end, { type: 'nextPage' })).toBe(end);
  });

  it('jumps between sections and to positions, showing the target on the top line', () => {
    expect(run(start, { type: 'nextSection' }).position).toEqual({ section: 1, offset: 0 });
    expect(run(start, { type: 'nextSection' }, { type: 'prevSection' }).position).toEqual({ section: 0, offset: 0 });
    const target = work.text.indexOf('b4') - work.sections[1].start;
    const s = run(start, { type: 'jumpTo', position: { section: 1, offset: target } });
    const top = screen(s).lines[0];
    expect(s.position.section).toBe(1);
    expect(top.start <= target && target < top.end).toBe(true);
    expect(s.position.offset).toBe(top.start);
  });

  it('shows a search match with lines of context above it, and stays put when the match is on the page', () => {
    const target = work.text.indexOf('b6') - work.sections[1].start;
    const s = run(start, { type: 'reveal', position: { section: 1, offset: target } });
    const shown = screen(s).lines;
    const at = shown.findIndex((l) => l.start <= target && target < l.end);
    expect(at).toBe(2); // a third of a 7-line page above it
    expect(run(s, { type: 'reveal', position: { section: 1, offset: shown[5].start } })).toBe(s);
  });
});

describe('reader measure and resize', () => {
  it('keeps the sentence being read on the top line when the width changes', () => {
    let s = run(start, { type: 'nextPage' }, { type: 'nextPage' }, { type: 'lineDown' });
    for (const action of ['widthInc', 'widthDec', 'widthDec', 'widthReset'] as const) {
      const before = s.position;
      s = run(s, { type: action });
      const top = screen(s).lines[0];
      expect(top.start <= before.offset && before.offset < Math.max(top.end, top.start + 1)).toBe(true);
    }
    // And a terminal resize narrower than the measure does the same.
    const narrow = run(s, { type: 'resize', columns: 22, rows: 10 });
    expect(layoutWidth(narrow)).toBe(22);
    const top = screen(narrow).lines[0];
    expect(top.start <= s.position.offset && s.position.offset < top.end).toBe(true);
  });

  it('does not drift backwards over repeated width changes', () => {
    const s = run(start, { type: 'nextPage' }, { type: 'lineDown' });
    const back = run(s, { type: 'widthDec' }, { type: 'widthDec' }, { type: 'widthInc' }, { type: 'widthInc' });
    expect(back.position).toEqual(s.position);
  });

  it('changes the measure by 4, not below 20, not past the terminal, and resets to 72', () => {
    expect(run(start, { type: 'widthInc' }).width).toBe(34);
    expect(run(start, { type: 'widthDec' }).width).toBe(26);
    expect(run(start, { type: 'widthDec' }, { type: 'widthDec' }, { type: 'widthDec' }).width).toBe(MIN_WIDTH);
    expect(run(start, { type: 'widthReset' }).width).toBe(DEFAULT_WIDTH);
    const wide = { ...start, width: 78, columns: 80 };
    expect(run(wide, { type: 'widthInc' }).width).toBe(80);
    expect(run(wide, { type: 'widthInc' }, { type: 'widthInc' }).width).toBe(80);
  });
});

describe('which parts count as read: paged through to their end, not jumped to', () => {
  // Part 1 fits on one screen; parts 0 and 2 take several.
  const w = makeWork([prose(6, 'a'), 'A single short paragraph.\n', prose(6, 'c')]);
  const ctx = (s: ReaderState): ReaderContext => ctxFor(w, s);
  /** The sections the reading log marks read over `actions`, as the reader screen shows them. */
  function readAfter(from: ReaderState, ...actions: ReaderAction[]): number[] {
    const read = new Set<number>();
    let s = from;
    for (const a of actions) {
      s = readerReducer(s, a, ctx(s));
      const lines = ctx(s).lines(s.position.section);
      const atEnd = lineIndexAt(lines, s.position.offset) + HEIGHT >= lines.length;
      if (atEnd && reachedByReading(s.position)) read.add(s.position.section);
    }
    return [...read].sort();
  }
  const pages = (n: number): ReaderAction[] => Array.from({ length: n }, () => ({ type: 'nextPage' }) as const);
  /** Space presses from the top of part 0 until its last page is on screen. */
  const toEnd = Math.ceil(layoutWorkSection(w, 0, 30).length / HEIGHT) - 1;

  it('paging (or scrolling by lines or half pages) to the end of a part marks it read', () => {
    expect(readAfter(start, ...pages(toEnd - 1))).toEqual([]);
    expect(readAfter(start, ...pages(toEnd))).toEqual([0]);
    expect(readAfter(start, ...Array.from({ length: 40 }, () => ({ type: 'lineDown' }) as const))).toContain(0);
    expect(readAfter(start, ...Array.from({ length: 12 }, () => ({ type: 'halfDown' }) as const))).toContain(0);
  });

  it('G, part jumps and jumps to a place do not, even when they show the end', () => {
    expect(readAfter(start, { type: 'sectionEnd' })).toEqual([]);
    expect(readAfter(start, { type: 'nextSection' }, { type: 'nextSection' }, { type: 'sectionEnd' })).toEqual([]);
    const lastLine = w.sections[2].end - w.sections[2].start - 5;
    expect(readAfter(start, { type: 'jumpTo', position: { section: 2, offset: lastLine } })).toEqual([]);
  });

  it('scrolling on while a jumped-to end is already shown does not count', () => {
    expect(readAfter(start, { type: 'sectionEnd' }, { type: 'lineDown' }, { type: 'lineDown' })).toEqual([]);
  });

  it('a jump into the middle of a part, then paging on to its end, counts', () => {
    const mid = w.text.indexOf('c3') - w.sections[2].start;
    expect(readAfter(start, { type: 'jumpTo', position: { section: 2, offset: mid } }, ...pages(3))).toEqual([2]);
  });

  it('a part that fits on one screen counts when paged into from the part before, not when jumped into', () => {
    expect(readAfter(start, { type: 'nextSection' })).toEqual([]);
    expect(readAfter(start, { type: 'sectionEnd' }, { type: 'nextPage' })).toEqual([1]);
    // Paged all the way: the first part, the short one, and on into the third.
    expect(readAfter(start, ...pages(toEnd + 1))).toEqual([0, 1]);
  });

  it('paging back onto the end of the part before does not count', () => {
    expect(readAfter(start, { type: 'nextSection' }, { type: 'nextSection' }, { type: 'prevPage' }, { type: 'prevPage' })).toEqual([]);
  });

  it('how a place was reached is no part of its value: it still equals the same place reached by a jump', () => {
    const paged = run(start, { type: 'nextPage' });
    const jumped = run(start, { type: 'jumpTo', position: paged.position });
    expect(reachedByReading(paged.position)).toBe(true);
    expect(reachedByReading(jumped.position)).toBe(false);
    expect(paged.position).toEqual(jumped.position);
    expect(JSON.parse(JSON.stringify(paged.position))).toEqual(paged.position);
  });
});
