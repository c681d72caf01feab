import { describe, expect, it } from 'vitest';
import { statusLine } from '../../src/core/status-line.js';
import { displayWidth } from '../../src/core/text-width.js';
import { makeWork, prose } from './fixtures.js';

const work = {
  ...makeWork([
    { text: prose(40, 'a'), title: 'Never Had A Voice To Protest' },
    { text: prose(40, 'b'), title: 'Always Raining in My Head' },
  ]),
  title: '000_55ebb60814069135',
};
const inPart2 = { section: 1, offset: 0 };

describe('the status line', () => {
  it('shows everything when the terminal is wide', () => {
    const s = statusLine(work, inPart2, { page: 1, pages: 7 }, 140);
    expect(s).toContain('000_55ebb60814069135 · Part 2/2: Always Raining in My Head');
    expect(s).toMatch(/p\. 1\/7 · 50% · \d+ min left in part · \d+ min in work *$/);
    expect(displayWidth(s)).toBe(140);
  });

  it('keeps the whole chapter title at 80 columns, giving up the work title first', () => {
    const s = statusLine(work, inPart2, { page: 1, pages: 7 }, 80);
    expect(s).toContain('Part 2/2: Always Raining in My Head');
    expect(s).toMatch(/part \d+ min · work \d+ min *$/);
    expect(displayWidth(s)).toBe(80);
  });

  it('shortens the times before it drops the work title, and keeps them short once the title is gone', () => {
    const long = { ...work, title: 'The Unbearably Long Title of a Serial That Went On for Years' };
    const s = statusLine(long, inPart2, { page: 1, pages: 7 }, 100);
    expect(s).toContain('Part 2/2: Always Raining in My Head');
    expect(s).not.toContain('The Unbearably');
    expect(s).toMatch(/part \d+ min · work \d+ min *$/);
    expect(s).not.toContain('left in part');
  });

  it('keeps one shape on every page of a part', () => {
    const shapes = new Set<string>();
    for (let offset = 0; offset < work.sections[1].end - work.sections[1].start; offset += 400) {
      const s = statusLine(work, { section: 1, offset }, { page: 1 + Math.floor(offset / 400), pages: 30 }, 80);
      shapes.add(s.replace(/<?\d+/g, '#').replace(/ +/g, ' '));
    }
    expect([...shapes]).toHaveLength(1);
  });

  it('says the end on the last page of the last part, and caught up for a work still being written', () => {
    const end = { section: 1, offset: work.sections[1].end - work.sections[1].start - 10 };
    expect(statusLine(work, end, { page: 7, pages: 7 }, 80, 250, true)).toMatch(/7\/7 · (100% · )?the end *$/);
    const wip = { ...work, status: 'in-progress' as const };
    expect(statusLine(wip, end, { page: 7, pages: 7 }, 80, 250, true)).toMatch(/caught up *$/);
    expect(statusLine(work, { section: 0, offset: 0 }, { page: 7, pages: 7 }, 80, 250, true)).not.toMatch(/the end/);
  });

  it('still shows the part number and page in a narrow window', () => {
    const s = statusLine(work, inPart2, { page: 2, pages: 11 }, 45);
    expect(s).toMatch(/^Part 2\/2/);
    expect(s).toMatch(/2\/11/);
    expect(displayWidth(s)).toBeLessThanOrEqual(45);
    expect(displayWidth(statusLine(work, inPart2, { page: 2, pages: 11 }, 20))).toBeLessThanOrEqual(20);
  });

  it('keeps one shape from the first page of a long-titled part to its last, whatever reading speed is learnt', () => {
    const long = {
      ...makeWork([
        { text: prose(40, 'a'), title: 'One' },
        { text: prose(300, 'b'), title: 'The Long Way Round the Mountain, and What We Fo' },
      ]),
      title: '000_55ebb60814069135',
    };
    const size = long.sections[1].end - long.sections[1].start;
    const shape = (s: string) => s.replace(/<?\d+/g, '#').replace(/ +/g, ' ').trimEnd().replace(/(the end|part # min)$/, 'TAIL');
    const shapes = new Set<string>();
    for (const wpm of [120, 250, 400]) {
      const columns = new Set<number>();
      for (let p = 0; p < 20; p++) {
        const offset = Math.floor((size * p) / 20);
        const s = statusLine(long, { section: 1, offset }, { page: p + 1, pages: 20 }, 80, wpm, false);
        shapes.add(shape(s));
        // "p." and the page number stay in their columns, from p.  1/20 to p. 20/20
        columns.add(s.indexOf('p.') * 1000 + s.indexOf('/20'));
      }
      const end = statusLine(long, { section: 1, offset: size - 5 }, { page: 20, pages: 20 }, 80, wpm, true);
      shapes.add(shape(end));
      columns.add(end.indexOf('p.') * 1000 + end.indexOf('/20'));
      expect([...columns]).toHaveLength(1);
    }
    expect([...shapes]).toHaveLength(1);
    const end = statusLine(long, { section: 1, offset: size - 5 }, { page: 20, pages: 20 }, 80, 250, true);
    // The title is cut (it stays the same as you read); the page and the time left are kept.
    expect(end).toMatch(/^Part 2\/2: The Long Way Round.*…/);
    expect(end).toMatch(/p\. 20\/20 · 100% · the end *$/);
    expect(statusLine(long, { section: 1, offset: 0 }, { page: 1, pages: 20 }, 80)).toMatch(/p\.  1\/20 · \d+% · part \d+ min *$/);
  });

  it('says the end even in a narrow window', () => {
    const end = { section: 1, offset: work.sections[1].end - work.sections[1].start - 10 };
    const s = statusLine(work, end, { page: 11, pages: 11 }, 50, 250, true);
    expect(s).toMatch(/11\/11 · the end *$/);
    expect(displayWidth(s)).toBe(50);
  });
});
