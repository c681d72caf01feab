import { describe, expect, it } from 'vitest';
import { layoutWorkSection, type Line } from '../../src/core/layout.js';
import { lineIndexAt } from '../../src/core/paginate.js';
import {
  DEFAULT_WIDTH, MIN_WIDTH, initialReaderState, layoutWidth, readerReducer,
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
  it('walks the whole work page by page without losing or repeating a line', () => {
    let s = start;
    const seen: Line[][] = [[], [], []];
    for (let n = 0; n < 200; n++) {
      const sc = screen(s);
      seen[sc.section].push(...sc.lines);
      const next = run(s, { type: 'nextPage' });
      if (next === s) break; // the end of the work: nothing changes
      s = next;
    }
    expect(s.position.section).toBe(2);
    work.sections.forEach((_, i) => expect(seen[i]).toEqual(layoutWorkSection(work, i, 30)));
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
