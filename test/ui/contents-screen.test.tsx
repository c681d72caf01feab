import React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanupAct, press, renderAct } from './ink-act.js';
import { ContentsScreen, type ContentsScreenProps } from '../../src/ui/ContentsScreen.js';
import type { LoadedWork, Section, SectionKind } from '../../src/core/types.js';

afterEach(cleanupAct);

/** A work from [kind, title, subtitle, text] tuples laid end to end. */
function work(specs: [SectionKind, string | null, string | null, string][]): LoadedWork {
  let text = '';
  const sections: Section[] = specs.map(([kind, title, subtitle, t]) => {
    const start = text.length;
    text += t;
    return { kind, title, subtitle, start, end: text.length, words: t.split(/\s+/).filter(Boolean).length };
  });
  const words = sections.reduce((n, s) => n + s.words, 0);
  const parts = sections.filter((s) => s.kind === 'part').map(({ title, subtitle, words: w }) => ({ title, subtitle, words: w }));
  return { id: 'rain', title: 'Rain', author: 'A. Writer', path: 'rain.txt', words, parts, meta: {}, bytes: text.length, mtimeMs: 0, text, sections, hardWrapped: false, identity: 'path:rain.txt', key: 'rain', status: 'unknown', partHashes: [] };
}

const words = (n: number) => 'word '.repeat(n);
const rain = work([
  ['front', null, null, words(12)],
  ['part', 'Prologue', null, words(300)],
  ['part', 'Always Raining in My Head', 'Chapter 1', words(1234)],
  ['part', 'Dry Spell', 'Chapter 2', words(50)],
  ['back', null, null, words(7)],
]);

function setup(over: Partial<ContentsScreenProps> = {}) {
  const onJump = vi.fn();
  const onClose = vi.fn();
  const r = renderAct(<ContentsScreen work={rain} current={2} width={70} height={12} onJump={onJump} onClose={onClose} {...over} />);
  const type = async (s: string) => {
    await press(r, s);
  };
  return { ...r, type, onJump, onClose, frame: () => r.lastFrame() ?? '' };
}
const lineWith = (frame: string, s: string) => frame.split('\n').find((l) => l.includes(s)) ?? '';

describe('ContentsScreen', () => {
  it('lists every section with part numbers and right-aligned word counts, the current one marked', async () => {
    const c = setup();
    const f = c.frame();
    expect(f).toContain('Front matter');
    expect(f).toContain('Back matter');
    expect(lineWith(f, 'Prologue')).toMatch(/^ {2}\s*1\. Prologue\s+300 words$/);
    expect(lineWith(f, 'Always Raining')).toMatch(/^▸• 2\. Always Raining in My Head — Chapter 1\s+1,234 words$/);
    expect(lineWith(f, 'Dry Spell')).not.toMatch(/^ ?[▸•]/);
    // Right-aligned: every count ends in the same column.
    const ends = ['Prologue', 'Always Raining', 'Dry Spell'].map((t) => lineWith(f, t).length);
    expect(new Set(ends).size).toBe(1);
  });

  it('j then Enter jumps to the next section', async () => {
    const c = setup();
    await c.type('j');
    // The cursor moved on; the part being read keeps its own mark.
    expect(lineWith(c.frame(), 'Dry Spell')).toMatch(/^▸/);
    expect(lineWith(c.frame(), 'Always Raining')).toMatch(/^ •/);
    await c.type('\r');
    expect(c.onJump).toHaveBeenCalledWith(3);
  });

  it('counts every key of "jj" typed in one input', async () => {
    const c = setup({ current: 0 });
    await c.type('jj');
    await c.type('\r');
    expect(c.onJump).toHaveBeenCalledWith(2);
  });

  it('Enter right away jumps to the current section; q closes', async () => {
    const c = setup();
    await c.type('\r');
    expect(c.onJump).toHaveBeenCalledWith(2);
    await c.type('q');
    expect(c.onClose).toHaveBeenCalled();
  });

  it('scrolls a long contents to show the cursor', async () => {
    const many = work(Array.from({ length: 30 }, (_, i) => ['part', `Chapter ${i + 1}`, null, words(10)] as [SectionKind, string, null, string]));
    const c = setup({ work: many, current: 25, height: 8 });
    expect(c.frame()).toContain('Chapter 26');
    expect(c.frame()).not.toContain('Chapter 1 ');
    await c.type('g');
    expect(c.frame()).toContain('Chapter 1 ');
    expect(c.frame()).not.toContain('Chapter 26');
  });

  it('names the book (group) on the first part of each book and indents the rest under it', async () => {
    const chapters = ['CHAPTER I', 'CHAPTER II'].map((t) => ['part', t, null, words(20)] as [SectionKind, string, null, string]);
    const w = work([...chapters, ...chapters]);
    w.sections.forEach((sec, i) => (sec.group = i < 2 ? 'BOOK ONE: 1805' : 'BOOK TWO: 1805'));
    const c = setup({ work: w, current: 2 });
    const rows = c.frame().split('\n').slice(1, 5);
    expect(rows[0]).toMatch(/1\. BOOK ONE: 1805 · CHAPTER I\s+20 words$/);
    expect(rows[1]).toMatch(/2\. {3}CHAPTER II\s/);
    expect(rows[2]).toMatch(/^▸. 3\. BOOK TWO: 1805 · CHAPTER I\s/);
    expect(rows[3]).toMatch(/4\. {3}CHAPTER II\s/);
    // one row per section: the cursor still lands on the section it shows
    await c.type('j');
    await c.type('\r');
    expect(c.onJump).toHaveBeenCalledWith(3);
  });

  it('ticks read sections and shows help on ?', async () => {
    const c = setup({ readSections: new Set([1]) });
    expect(lineWith(c.frame(), 'Prologue')).toContain('✓');
    expect(lineWith(c.frame(), 'Dry Spell')).not.toContain('✓');
    await c.type('?');
    expect(c.frame()).toContain('Contents keys');
    expect(c.frame()).toContain('Go to the selected part');
    await c.type('q');
    expect(c.frame()).toContain('Prologue');
    expect(c.onClose).not.toHaveBeenCalled();
  });
});
