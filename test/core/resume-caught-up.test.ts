/**
 * Enter after an update, for a reader who had read the old last part: the
 * first part not read in its current form opens (a new one, an inserted one,
 * or the old last part when other text took its place), never a later one.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeChange, fingerprintOf } from '../../src/core/fingerprint.js';
import { loadWork } from '../../src/core/load-work.js';
import { anchorAt } from '../../src/core/re-anchor.js';
import { readInVersion, resumeWork, versionChange, type SavedPlace } from '../../src/core/resume.js';
import type { LoadedWork, Position } from '../../src/core/types.js';
import { seededWords } from './fixtures.js';
import { libraryRows } from '../../src/ui/use-library.js';

const load = (text: string): LoadedWork => loadWork({ id: 'fic', path: 'fic.txt', files: [{ name: 'fic.txt', bytes: Buffer.from(text) }], mtimeMs: 0 });
/** Part `n` (1-based) of `w` as a section index. */
const partAt = (w: LoadedWork, n: number): number => w.sections.findIndex((s) => s.kind === 'part' && --n === 0);
/** What the reader saved after paging through parts `read` (0-based), at `pos`. */
const saveAt = (w: LoadedWork, pos: Position, read: number[]): SavedPlace => ({ ...pos, anchor: anchorAt(w, pos), print: fingerprintOf(w), read });
const badge = (w: LoadedWork, saved: SavedPlace): string | null => {
  const change = versionChange(w, saved.print);
  return change && describeChange(change);
};
const titleAt = (w: LoadedWork, p: Position): string | null => w.sections[p.section].title;
const textAt = (w: LoadedWork, p: Position, n = 40): string => w.text.slice(w.sections[p.section].start + p.offset).slice(0, n);

describe("a placeholder last part (an author's note) replaced by the real chapter", () => {
  // library/000 is a Buffy fic in four parts, "~Part: n~ Title" headings.
  const story = `Status: In-Progress\n${readFileSync(new URL('../../library/000_55ebb60814069135.txt', import.meta.url), 'utf8').trimEnd()}\n`;
  const hiatus = "~Part: 5~ Author's Note\nHi everyone! No new part this week, exams are eating me alive. The story is on a short hiatus; I'll be back soon. Thanks for every review!\n";
  const light =
    '~Part: 5~ A Light In The Window\n' +
    'The house on Revello Drive was dark when Willow finally came back from the magic shop, all but one window upstairs. She stood on the lawn and looked at it for a long time.\n' +
    'Somebody had left the lamp on in her old room, and for one foolish moment she let herself believe it was for her, that someone had been waiting up all this time.\n' +
    'Spike was sitting on the porch steps, smoking, pretending he had not been watching the street for an hour. "Took your time, Red," he said, and she found that she was smiling.\n';
  const sixth = '~Part: 6~ Morning\nMorning came grey and slow, and neither of them said a word about the night before over the cold coffee and the last of the biscuits.\n';
  const v1 = load(story + hiatus);
  const v2 = load(story + light + sixth);
  // Caught up: every part paged through, the place on the note's only page.
  const caughtUp = saveAt(v1, { section: partAt(v1, 5), offset: 0 }, [0, 1, 2, 3, 4]);

  it('the library says "+1 new part, updated", and Enter opens the real Part 5, not Part 6', () => {
    expect(v1.status).toBe('in-progress');
    expect(badge(v2, caughtUp)).toBe('+1 new part, updated');
    const r = resumeWork(v2, caughtUp, []);
    expect(r.position).toEqual({ section: partAt(v2, 5), offset: 0 });
    expect(titleAt(v2, r.position)).toBe('A Light In The Window');
    expect(r.message).toBe('+1 new part, updated since you last read: this part changed after you read it.');
  });

  it('the replaced part is not ticked as read any more; the parts before it still are', () => {
    expect(readInVersion(caughtUp.read!, caughtUp.print, fingerprintOf(v2))).toEqual([0, 1, 2, 3]);
  });

  it('replaced with nothing added: "updated", and Enter opens the real Part 5 too', () => {
    const v3 = load(story + light);
    expect(badge(v3, caughtUp)).toBe('updated');
    expect(titleAt(v3, resumeWork(v3, caughtUp, []).position)).toBe('A Light In The Window');
  });

  it('the library does not say "caught up" for it before the work is opened again', () => {
    const v3 = load(story + light);
    const store = { listPositions: () => ({ [v3.key]: { ...caughtUp, at: 1 } }) };
    const [row] = libraryRows([v3], store);
    expect(row.badge).toBe('updated');
    expect(row.state).toBe('reading');
    const [before] = libraryRows([v1], store);
    expect(before.state).toBe('caught-up');
  });

  it("a note added to the old last part while a new one was posted is forgiven: Enter opens the new part", () => {
    const read = saveAt(load(story), { section: partAt(load(story), 4), offset: 0 }, [0, 1, 2, 3]);
    const v4 = load(`${story}\nA/N: Thanks for reading, the next part is nearly done!\n${light}`);
    expect(badge(v4, read)).toBe('+1 new part');
    const r = resumeWork(v4, read, []);
    expect(titleAt(v4, r.position)).toBe('A Light In The Window');
    expect(r.message).toMatch(/first new one/);
  });
});

/** Paragraph `i` of the chapter written from `seed`: seeded words, so no run of words recurs elsewhere. */
const para = (seed: number, i: number): string => `Scene ${seed}.${i}: ${seededWords(seed * 1000 + i * 17 + 1)}.`;
/** A fic whose chapter n is written from seeds[n-1] (8 paragraphs, or as many as `paras` says). */
const fic = (seeds: number[], paras = (_seed: number) => 8): string =>
  seeds.map((seed, c) => `Chapter ${c + 1}\n\n${Array.from({ length: paras(seed) }, (_, i) => para(seed, i)).join('\n\n')}\n`).join('\n\n');

describe('other updates after the reader was caught up', () => {
  const v1 = load(fic([1, 2, 3, 4]));
  const lastPage = (w: LoadedWork, part: number): Position => {
    const s = partAt(w, part);
    return { section: s, offset: w.text.slice(w.sections[s].start, w.sections[s].end).indexOf(`Scene ${part}.7`) };
  };
  const caughtUp = saveAt(v1, lastPage(v1, 4), [0, 1, 2, 3]);

  it('an interlude inserted as Chapter 2 and a chapter added: "+2 new parts", Enter opens the interlude', () => {
    const v2 = load(fic([1, 90, 2, 3, 4, 5]));
    expect(badge(v2, caughtUp)).toBe('+2 new parts');
    const r = resumeWork(v2, caughtUp, []);
    expect(r.position).toEqual({ section: partAt(v2, 2), offset: 0 });
    expect(textAt(v2, r.position)).toContain('Scene 90.0');
    // The chapters read moved down one: their ticks move with them.
    expect(readInVersion([0, 1, 2, 3], caughtUp.print, fingerprintOf(v2))).toEqual([0, 2, 3, 4]);
  });

  it('a long scene appended to the old last chapter: Enter stays in it, on the page last read', () => {
    const v2 = load(fic([1, 2, 3, 4, 5], (seed) => (seed === 4 ? 14 : 8)));
    expect(badge(v2, caughtUp)).toBe('+1 new part, updated');
    const r = resumeWork(v2, caughtUp, []);
    expect(r.position.section).toBe(partAt(v2, 4));
    expect(textAt(v2, r.position)).toBe(textAt(v1, caughtUp));
    expect(r.message).toMatch(/this part changed after you read it, you are at the same passage/);
  });

  it('not caught up (the old last chapter not read to its end): the same passage, as before', () => {
    const midway = saveAt(v1, lastPage(v1, 3), [0, 1]);
    const v2 = load(fic([1, 90, 2, 3, 4, 5]));
    const r = resumeWork(v2, midway, []);
    expect(textAt(v2, r.position)).toBe(textAt(v1, midway));
    expect(r.message).toMatch(/same passage/);
  });
});
