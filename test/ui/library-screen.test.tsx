import React, { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanupAct, press, renderAct } from './ink-act.js';
import { LibraryScreen, type LibraryScreenProps } from '../../src/ui/LibraryScreen.js';
import { createMemoryStore } from '../../src/io/store.js';
import { displayWidth } from '../../src/core/text-width.js';
import type { WorkSummary } from '../../src/core/types.js';
import { summary } from '../core/fixtures.js';

const NOW = Date.UTC(2024, 5, 1, 12);
const DAY = 86_400_000;

const work = summary;

const works: WorkSummary[] = [
  work('alice', { title: 'Alice in Wonderland', author: 'Lewis Carroll', words: 26_000 }),
  work('dracula', { title: 'Dracula', author: 'Bram Stoker', words: 160_000, meta: { Rating: 'Mature' } }),
  work('san-ti', { title: '三体：地球往事', author: '刘慈欣', words: 180_000 }),
  work('emoji', { title: '🐉 Dragon Tales 🐉', author: 'Anon', words: 900 }),
];

const ESC = '\x1b';

function setup(over: Partial<LibraryScreenProps> = {}) {
  const onOpen = vi.fn();
  const onQuit = vi.fn();
  const store = createMemoryStore();
  const props: LibraryScreenProps = { works, store, width: 100, height: 12, onOpen, onQuit, now: NOW, initialSort: 'title', ...over };
  const r = renderAct(<LibraryScreen {...props} />);
  const frame = () => r.lastFrame() ?? '';
  const type = async (s: string) => {
    await press(r, s);
  };
  return { ...r, frame, type, onOpen, onQuit };
}

const selectedLine = (frame: string) => frame.split('\n').find((l) => l.startsWith('▸')) ?? '';

afterEach(cleanupAct);

describe('LibraryScreen', () => {
  it('shows one row per work, with header and footer', async () => {
    const { frame } = setup();
    const f = frame();
    for (const w of works) expect(f).toContain(w.title);
    expect(f).toContain('4 works');
    expect(f).toMatch(/Title\s+Author\s+Parts\s+Words\s+Read\s+Left\s+Last read/);
    expect(f).toContain('s sort: title');
    expect(selectedLine(f)).toContain('Alice in Wonderland');
  });

  it('lines CJK and emoji titles up by display width', async () => {
    const { frame } = setup();
    const rows = frame().split('\n').filter((l) => /Carroll|Stoker|刘慈欣|Anon/.test(l));
    expect(rows).toHaveLength(4);
    const authorCol = rows.map((l) => displayWidth(l.slice(0, l.search(/Lewis|Bram|刘|Anon/))));
    expect(new Set(authorCol).size).toBe(1);
    const widths = rows.map((l) => displayWidth(l));
    expect(new Set(widths).size).toBe(1);
  });

  it('shows progress and last read from the store', async () => {
    const store = createMemoryStore({ positions: { dracula: { section: 1, offset: 0, at: NOW - 3 * DAY, progress: 0.25 } } });
    const { frame } = setup({ store, initialSort: 'recent' });
    const line = selectedLine(frame());
    expect(line).toContain('Dracula'); // the last work read starts selected, first in "recent"
    expect(line).toContain('25%');
    expect(line).toContain('3 days ago');
    // Never opened: no "last read" at all, rather than a column of "never".
    const alice = frame().split('\n').find((l) => l.includes('Alice')) ?? '';
    expect(alice).not.toMatch(/ago|never/);
  });

  it('fits every column in 80 columns when titles and authors are short', async () => {
    const short = [work('000_55ebb60814069135', { words: 5403 }), work('003_1283ff6c5b713b35', { author: 'Annie Sewell-Jennings' })];
    const { frame } = setup({ works: short, width: 80 });
    expect(frame()).toMatch(/Title\s+Author\s+Parts\s+Words\s+Read\s+Left\s+Last read/);
    expect(frame()).toContain('000_55ebb60814069135');
    for (const l of frame().split('\n')) expect(displayWidth(l)).toBeLessThanOrEqual(80);
  });

  it('j then Enter opens the second work', async () => {
    const { type, onOpen } = setup();
    await type('j');
    await type('\r');
    expect(onOpen).toHaveBeenCalledWith('dracula');
  });

  it('"jj" typed at once moves two rows', async () => {
    const { type, frame, onOpen } = setup();
    await type('jj');
    expect(selectedLine(frame())).toContain('🐉');
    await type('k\r');
    expect(onOpen).toHaveBeenCalledWith('dracula');
  });

  it('arrow keys, G and g move the cursor', async () => {
    const { type, frame } = setup();
    await type('\x1b[B');
    expect(selectedLine(frame())).toContain('Dracula');
    await type('G');
    expect(selectedLine(frame())).toContain('三体');
    await type('g');
    expect(selectedLine(frame())).toContain('Alice');
  });

  it('/ filters as you type; Esc clears', async () => {
    const { type, frame, onOpen } = setup();
    await type('/');
    expect(frame()).toContain('Esc clear');
    await type('s');
    await type('t');
    expect(frame()).toContain('Dracula'); // Stoker
    expect(frame()).not.toContain('Alice');
    expect(frame()).toContain('1 of 4 works');
    await type(ESC);
    expect(frame()).toContain('Alice');
    expect(frame()).toContain('4 works');
    await type('/mature\r');
    expect(frame()).toContain('Dracula');
    expect(frame()).not.toContain('Alice');
    await type('\r');
    expect(onOpen).toHaveBeenCalledWith('dracula');
  });

  it('typed filter keys are text, not commands', async () => {
    const { type, frame, onQuit } = setup();
    await type('/q');
    expect(onQuit).not.toHaveBeenCalled();
    expect(frame()).toContain('/q');
  });

  it('s changes the sort label', async () => {
    const { type, frame } = setup({ initialSort: 'recent' });
    expect(frame()).toContain('sort: recent');
    await type('s');
    expect(frame()).toContain('sort: title');
    await type('s');
    expect(frame()).toContain('sort: author');
  });

  it('only the visible rows are rendered, and the list scrolls', async () => {
    const many = Array.from({ length: 40 }, (_, i) => work(`w${i}`, { title: `Work ${String(i).padStart(2, '0')}` }));
    const { type, frame } = setup({ works: many, height: 8 });
    expect(frame()).toContain('Work 00');
    expect(frame()).not.toContain('Work 10');
    await type('G');
    expect(frame()).toContain('Work 39');
    expect(frame()).not.toContain('Work 00');
    expect(frame().split('\n').length).toBeLessThanOrEqual(8);
  });

  it('a window made shorter shows the rows around the cursor, in order, from its first frame', async () => {
    const many = Array.from({ length: 40 }, (_, i) => work(`w${i}`, { title: `Work ${String(i).padStart(2, '0')}` }));
    const props = { works: many, store: createMemoryStore(), width: 100, onOpen: vi.fn(), onQuit: vi.fn(), now: NOW, initialSort: 'title' as const };
    const r = renderAct(<LibraryScreen {...props} height={12} />);
    await press(r, 'G');
    const before = r.frames.length;
    act(() => r.rerender(<LibraryScreen {...props} height={6} />));
    const after = r.frames.slice(before);
    expect(after.length).toBeGreaterThan(0);
    for (const f of after) {
      const lines = f.split('\n');
      expect(lines.length).toBeLessThanOrEqual(6);
      expect(lines.at(-1)).toContain('q quit');
      expect(lines.filter((l) => l.includes('Work')).map((l) => l.match(/Work \d+/)?.[0])).toEqual(['Work 37', 'Work 38', 'Work 39']);
    }
    expect(selectedLine(r.lastFrame() ?? '')).toContain('Work 39');
  });

  it('says how to point fic-read at a library when it is empty', async () => {
    const { frame } = setup({ works: [], libraryDir: '/books' });
    const f = frame().replace(/\s+/g, ' ');
    expect(f).toContain('No works found in /books.');
    expect(frame()).toContain('  fic-read library DIR      remember DIR as your library');
  });

  it('? shows help generated from the keymap table, q returns', async () => {
    const { type, frame } = setup({ height: 30 });
    await type('?');
    const f = frame();
    expect(f).toContain('Library keys');
    expect(f).toMatch(/j ↓\s+Next item/);
    expect(f).toMatch(/s\s+Sort: recent, title/);
    expect(f).toMatch(/Ctrl-C\s+Quit fic-read/);
    await type('q');
    expect(frame()).toContain('Alice in Wonderland');
  });

  it('i shows details of the selected work', async () => {
    const { type, frame } = setup({ height: 30 });
    await type('j');
    await type('i');
    const f = frame();
    expect(f).toContain('Details — Dracula');
    expect(f).toContain('by Bram Stoker');
    expect(f).toContain('Rating: Mature');
    expect(f).toMatch(/1\. Chapter 1\s+1,000 words/);
    await type(ESC);
    expect(frame()).toContain('Alice in Wonderland');
  });

  it('q quits; a notice shows until the first key', async () => {
    const { type, frame, onQuit } = setup({ notice: 'State file was moved aside.' });
    expect(frame()).toContain('State file was moved aside.');
    await type('j');
    expect(frame()).not.toContain('moved aside');
    await type('q');
    expect(onQuit).toHaveBeenCalled();
  });
});
