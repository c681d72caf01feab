import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { anchorAt } from '../../src/core/re-anchor.js';
import { fingerprintOf } from '../../src/core/fingerprint.js';
import { resumeWork, type SavedPlace } from '../../src/core/resume.js';
import { adoptKeys } from '../../src/core/adopt-keys.js';
import type { LoadedWork, Position } from '../../src/core/types.js';
import { seededWords } from './fixtures.js';

/** A paragraph of 24 seeded words. */
const para = (ch: number, i: number) => `In chapter ${ch} paragraph ${i}, ${seededWords(ch * 1000 + i * 17 + 1)}.`;
const chapters = (n: number, edit?: (ch: number, i: number, p: string) => string) =>
  Array.from({ length: n }, (_, c) => `Chapter ${c + 1}\n\n${Array.from({ length: 8 }, (_, i) => (edit ?? ((_a, _b, p) => p))(c + 1, i, para(c + 1, i))).join('\n\n')}\n`).join('\n\n');
const load = (text: string, path = 'fic.txt'): LoadedWork => loadWork({ id: 'fic', path, files: [{ name: path, bytes: Buffer.from(text) }], mtimeMs: 0 });

/** What the reader saves at `pos` of `work`. */
function saveAt(work: LoadedWork, pos: Position, read: number[] = []): SavedPlace {
  return { ...pos, anchor: anchorAt(work, pos), print: fingerprintOf(work), read };
}
const textAt = (w: LoadedWork, p: Position) => w.text.slice(w.sections[p.section].start + p.offset).slice(0, 40);

describe('resumeWork', () => {
  const v1 = load(chapters(3));
  const inCh2 = { section: 1, offset: v1.text.slice(v1.sections[1].start, v1.sections[1].end).indexOf('In chapter 2 paragraph 5') };

  it('reopens an unchanged work exactly where it was, with no message', () => {
    const r = resumeWork(v1, saveAt(v1, inCh2), []);
    expect(r.position).toEqual(inCh2);
    expect(r.message).toBeNull();
  });

  it('finds the same sentence after a part was added and an earlier paragraph edited', () => {
    const v2 = load(chapters(4, (c, i, p) => (c === 1 && i === 0 ? `A new opening line. ${p}` : p)));
    const r = resumeWork(v2, saveAt(v1, inCh2), []);
    expect(textAt(v2, r.position)).toBe(textAt(v1, inCh2));
    expect(r.message).toContain('+1 new part');
  });

  it('moves bookmarks with their text when a paragraph is inserted before them', () => {
    const v2 = load(chapters(3, (c, i, p) => (c === 2 && i === 1 ? `An author's note was added here.\n\n${p}` : p)));
    const mark = { id: 'b1', ...inCh2, anchor: anchorAt(v1, inCh2) };
    const r = resumeWork(v2, saveAt(v1, inCh2), [mark]);
    expect(textAt(v2, r.bookmarks[0])).toBe(textAt(v1, inCh2));
    expect(r.bookmarks[0].offset).toBeGreaterThan(inCh2.offset);
  });

  it('opens the first new part when the old last part had been read to its end', () => {
    const end = { section: 2, offset: 10 };
    const v2 = load(chapters(5));
    const r = resumeWork(v2, saveAt(v1, end, [0, 1, 2]), []);
    expect(v2.sections[r.position.section].title).toBe('Chapter 4');
    expect(r.message).toContain('+2 new parts');
  });

  it('says so and opens the part start when the passage is gone', () => {
    const v2 = load(chapters(3, (c, i, p) => (c === 2 && i >= 3 && i <= 7 ? `Rewritten: the weather turned and everyone went home early, number ${i}.` : p)));
    const r = resumeWork(v2, saveAt(v1, inCh2), []);
    expect(r.position).toEqual({ section: 1, offset: 0 });
    expect(r.message).toMatch(/not in the new version of this work: opened at the start of its part/);
  });

  it('a removed paragraph: opens at the paragraph after it, and says so', () => {
    const v2 = load(chapters(3, (c, i, p) => (c === 2 && i === 5 ? '' : p)).replace(/\n{3,}/g, '\n\n'));
    const r = resumeWork(v2, saveAt(v1, inCh2), []);
    expect(textAt(v2, r.position)).toBe(para(2, 6).slice(0, 40));
    expect(r.message).toBe('The passage you were reading is not in the new version of this work: opened just after the text that came before it.');
  });

  it('the whole part gone: names the part it opens instead of claiming it is the same one', () => {
    const inCh3 = { section: 2, offset: v1.text.slice(v1.sections[2].start, v1.sections[2].end).indexOf('In chapter 3 paragraph 5') };
    const v2 = load(chapters(2));
    const r = resumeWork(v2, saveAt(v1, inCh3), []);
    expect(r.position).toEqual({ section: 1, offset: 0 });
    expect(r.message).toBe('The passage you were reading is not in the new version of this work: opened at the start of Chapter 2.');
  });

  it('--part wins over the saved place', () => {
    expect(resumeWork(v1, saveAt(v1, inCh2), [], 3).position).toEqual({ section: 2, offset: 0 });
  });
});

describe('adoptKeys', () => {
  it('gives a re-download with an edited opening the key its saved place is under', () => {
    const v1 = load(chapters(3), 'old.txt');
    const v2 = load(chapters(4, (c, i, p) => (c === 1 && i === 0 ? `Edited. ${p}` : p)), 'new.txt');
    expect(v2.key).not.toBe(v1.key);
    const [adopted] = adoptKeys([v2], { [v1.key]: { print: fingerprintOf(v1) } });
    expect(adopted.key).toBe(v1.key);
  });

  it('leaves unrelated works and works with their own state alone', () => {
    const a = load(chapters(3), 'a.txt');
    const other = load('Chapter 1\n\nSomething else entirely happens here, in a story of its own.\n\nChapter 2\n\nAnd then more.\n', 'b.txt');
    const saved = { [a.key]: { print: fingerprintOf(a) }, 'gone-key': { print: fingerprintOf(a) } };
    expect(adoptKeys([a, other], saved).map((w) => w.key)).toEqual([a.key, other.key]);
  });
});
