import React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanupAct, press, renderAct } from './ink-act.js';
import { BookmarksScreen, type BookmarksScreenProps } from '../../src/ui/BookmarksScreen.js';
import type { LoadedWork, Section, SectionKind } from '../../src/core/types.js';
import type { Bookmark } from '../../src/io/store-data.js';

afterEach(cleanupAct);

const NOW = Date.UTC(2024, 5, 10, 12);
const DAY = 86_400_000;

function work(specs: [SectionKind, string | null, string][]): LoadedWork {
  let text = '';
  const sections: Section[] = specs.map(([kind, title, t]) => {
    const start = text.length;
    text += t;
    return { kind, title, subtitle: null, start, end: text.length, words: t.split(/\s+/).filter(Boolean).length };
  });
  const parts = sections.filter((s) => s.kind === 'part').map(({ title, subtitle, words }) => ({ title, subtitle, words }));
  return { id: 'rain', title: 'Rain', author: null, path: 'rain.txt', words: 100, parts, meta: {}, bytes: text.length, mtimeMs: 0, text, sections, hardWrapped: false, identity: 'path:rain.txt', key: 'rain', status: 'unknown', partHashes: [] };
}

const rain = work([
  ['front', null, 'Rain, a story.\n'],
  ['part', 'Prologue', 'Clouds gathered over the hills.\n'],
  ['part', 'Always Raining in My Head', 'It was raining again in the city.\n'],
]);

const bookmarks: Bookmark[] = [
  { id: 'b2', section: 2, offset: 7, snippet: 'raining again in the city.', note: 'the good bit', createdAt: NOW - 3 * DAY },
  { id: 'b1', section: 0, offset: 0, snippet: 'Rain, a story.', note: '', createdAt: NOW - 2 * 3_600_000 },
];

function setup(over: Partial<BookmarksScreenProps> = {}) {
  const onJump = vi.fn();
  const onChange = vi.fn();
  const onClose = vi.fn();
  const props: BookmarksScreenProps = { work: rain, bookmarks, width: 80, height: 12, now: NOW, onJump, onChange, onClose, ...over };
  const r = renderAct(<BookmarksScreen {...props} />);
  const type = async (s: string) => {
    await press(r, s);
  };
  const lastList = (): Bookmark[] => onChange.mock.calls.at(-1)?.[0];
  return { ...r, type, onJump, onChange, onClose, lastList, frame: () => r.lastFrame() ?? '' };
}

describe('BookmarksScreen', () => {
  it('shows each bookmark in reading order: part, snippet, note, age', async () => {
    const b = setup();
    const f = b.frame();
    expect(f).toContain('2 bookmarks');
    expect(f.indexOf('Front matter')).toBeLessThan(f.indexOf('Part 2 · Always Raining in My Head'));
    expect(f).toMatch(/Part 2 · Always Raining in My Head\s+3 days ago/);
    expect(f).toContain('2 hours ago');
    expect(f).toContain('“raining again in the city.”');
    expect(f).toContain('the good bit');
  });

  it('d deletes the selected bookmark and u brings it back, saving each time', async () => {
    const b = setup();
    await b.type('d');
    expect(b.frame()).not.toContain('Front matter');
    expect(b.frame()).toContain('Deleted. u to undo');
    expect(b.lastList().map((x) => x.id)).toEqual(['b2']);
    await b.type('u');
    expect(b.frame()).toContain('Front matter');
    expect(b.lastList().map((x) => x.id)).toEqual(['b1', 'b2']);
    expect(b.onChange).toHaveBeenCalledTimes(2);
  });

  it('e edits the note in a prompt: Enter saves, Esc cancels', async () => {
    const b = setup();
    await b.type('j');
    await b.type('e');
    expect(b.frame()).toContain('Note: the good bit');
    await b.type('\x7f\x7f\x7f');
    await b.type('end');
    expect(b.frame()).toContain('Note: the good end');
    await b.type('\r');
    expect(b.lastList().find((x) => x.id === 'b2')?.note).toBe('the good end');
    expect(b.frame()).not.toContain('Note:');
    expect(b.frame()).toContain('the good end');

    await b.type('e');
    await b.type('zzz');
    await b.type('\x1b');
    expect(b.frame()).not.toContain('zzz');
    expect(b.onChange).toHaveBeenCalledTimes(1);
  });

  it('Enter jumps to the bookmark position; q closes', async () => {
    const b = setup();
    await b.type('j\r');
    expect(b.onJump).toHaveBeenCalledWith({ section: 2, offset: 7 });
    await b.type('q');
    expect(b.onClose).toHaveBeenCalled();
  });

  it('says how to add one when there are none', async () => {
    const b = setup({ bookmarks: [] });
    expect(b.frame()).toContain('No bookmarks yet — press m while reading to add one.');
    await b.type('d\r');
    expect(b.onChange).not.toHaveBeenCalled();
    expect(b.onJump).not.toHaveBeenCalled();
  });

  it('? shows the bookmarks keys, undo included', async () => {
    const b = setup();
    await b.type('?');
    expect(b.frame()).toContain('Bookmarks keys');
    expect(b.frame()).toMatch(/u\s+Undo the last delete/);
  });
});
