import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { anchorAt, reAnchor } from '../../src/core/re-anchor.js';
import { identityKey } from '../../src/core/work-identity.js';
import type { LoadedWork, Position } from '../../src/core/types.js';

const NAMES = ['Harry', 'Hermione', 'Ron', 'Luna', 'Neville', 'Ginny', 'Draco', 'Sirius'];
const VERBS = ['watched', 'carried', 'folded', 'remembered', 'opened', 'ignored', 'mended', 'counted', 'hid', 'found'];
const THINGS = ['the old map', 'a chipped teacup', 'the letter from home', 'the broken quill', 'a jar of beetles', 'the window latch', 'her scarf', 'the cold fire', 'a silver key', 'the last biscuit'];
const PLACES = ['by the lake', 'in the tower', 'under the stairs', 'near the greenhouse', 'on the landing', 'at the gate', 'before breakfast', 'after the match'];

/** A distinct paragraph of plausible prose for each seed. */
function para(seed: number, sentences = 4): string {
  let s = seed;
  const pick = <T>(xs: T[]): T => {
    // mulberry32: a seeded generator, so every run builds the same story
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return xs[((t ^ (t >>> 14)) >>> 0) % xs.length];
  };
  return Array.from({ length: sentences }, () => `${pick(NAMES)} ${pick(VERBS)} ${pick(THINGS)} ${pick(PLACES)}.`).join(' ');
}

/** Chapter n's paragraphs (12 of them, seeds n*100+i). */
const chapter = (n: number): string[] => Array.from({ length: 12 }, (_, i) => para(n * 100 + i));

interface Fic {
  chapters: string[][];
  header?: boolean;
  wrapped?: boolean;
}

/** A fan-fiction text: optional header, `Chapter n` headings, blank-line paragraphs, optionally hard-wrapped at 70. */
function ficText({ chapters, header = true, wrapped = false }: Fic): string {
  const wrap = (p: string): string => (wrapped ? p.replace(/(.{1,70})(?: |$)/g, '$1\n').trimEnd() : p);
  const head = header ? 'The Quiet Year\n\nby Ink Owl\n\nRating: T\nStory URL: https://archiveofourown.org/works/777\n\n\n' : '';
  return head + chapters.map((c, i) => `Chapter ${i + 1}\n\n${c.map(wrap).join('\n\n')}\n`).join('\n\n');
}

function load(text: string, path = 'quiet-year.txt'): LoadedWork {
  return loadWork({ id: 'w', path, files: [{ name: path, bytes: Buffer.from(text) }], mtimeMs: 0 });
}

/** The section index of the part titled `title`. */
const partIndex = (w: LoadedWork, title: string): number => w.sections.findIndex((s) => s.title === title);
/** The position at the start of the paragraph beginning with `start`. */
function positionOf(w: LoadedWork, title: string, start: string): Position {
  const section = partIndex(w, title);
  const offset = w.text.slice(w.sections[section].start, w.sections[section].end).indexOf(start);
  expect(offset).toBeGreaterThan(0);
  return { section, offset };
}
/** The first `n` chars at a position, whitespace collapsed: what the reader sees at the top of the page. */
const shown = (w: LoadedWork, p: Position, n = 60): string =>
  w.text.slice(w.sections[p.section].start + p.offset).replace(/\s+/g, ' ').slice(0, n);

const base = [chapter(1), chapter(2), chapter(3)];
const target = base[1][6];

describe('re-anchoring a reading position in a new version of a work', () => {
  it('an unchanged file keeps the exact offset', () => {
    const w = load(ficText({ chapters: base }));
    const pos = positionOf(w, 'Chapter 2', target);
    expect(reAnchor(anchorAt(w, pos), load(ficText({ chapters: base })))).toEqual({ position: pos, exact: true, lost: false });
  });

  it("an author's note and a new paragraph above the position: the same sentence is still at the top", () => {
    const old = load(ficText({ chapters: base }));
    const ch2 = [...base[1]];
    ch2.splice(0, 0, "A/N: Sorry for the wait! Real life happened. Thanks for all the lovely comments.");
    ch2.splice(3, 0, para(999));
    const now = load(ficText({ chapters: [base[0], ch2, base[2]] }));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(r).toMatchObject({ exact: true, lost: false });
    expect(r.position.section).toBe(partIndex(now, 'Chapter 2'));
    expect(shown(now, r.position)).toBe(target.slice(0, 60));
  });

  it('a word changed in the paragraph at the top of the page: the same paragraph is found', () => {
    const old = load(ficText({ chapters: base }));
    const edited = target.replace(/^(\S+ \S+) /, '$1 quickly ');
    const ch2 = base[1].map((p) => (p === target ? edited : p));
    ch2.splice(2, 0, para(998));
    const now = load(ficText({ chapters: [base[0], ch2, base[2]] }));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(r).toMatchObject({ exact: false, lost: false });
    expect(shown(now, r.position)).toBe(edited.slice(0, 60));
  });

  it('a page starting mid-paragraph keeps its word when an earlier word of the paragraph changed', () => {
    const old = load(ficText({ chapters: base }));
    const cut = target.indexOf('.') + 2; // the paragraph's second sentence
    const pos = positionOf(old, 'Chapter 2', target);
    const edited = `${target.slice(0, 3)}x${target.slice(3)}`; // a typo fixed in the first word, and more text
    const now = load(ficText({ chapters: [base[0], base[1].map((p) => (p === target ? edited : p)), base[2]] }));
    const r = reAnchor(anchorAt(old, { ...pos, offset: pos.offset + cut }), now);
    expect(r.lost).toBe(false);
    expect(shown(now, r.position, 40)).toBe(target.slice(cut, cut + 40));
  });

  it('words changed on both sides of a mid-paragraph position: the paragraph still places it, not exactly', () => {
    const sentences = para(4242, 8).split(/(?<=\.) /);
    const long = sentences.join(' ');
    const old = load(ficText({ chapters: [base[0], base[1].map((p) => (p === target ? long : p)), base[2]] }));
    const pos = positionOf(old, 'Chapter 2', long);
    const cut = sentences.slice(0, 4).join(' ').length + 1; // a page starts at the fifth sentence
    // Edits in the sentence before and in the one at the top of the page.
    const edited = [...sentences];
    edited[3] = edited[3].replace(/ (\S+)\.$/, ' truly $1.');
    edited[4] = edited[4].replace(/^(\S+) /, '$1 slowly ');
    const now = load(ficText({ chapters: [base[0], base[1].map((p) => (p === target ? edited.join(' ') : p)), base[2]] }));
    const r = reAnchor(anchorAt(old, { ...pos, offset: pos.offset + cut }), now);
    expect(r).toMatchObject({ exact: false, lost: false });
    expect(shown(now, r.position, edited[4].length)).toBe(edited[4]);
  });

  it('a removed paragraph is lost, flagged: the page goes on from the text that came before it', () => {
    const old = load(ficText({ chapters: base }));
    const now = load(ficText({ chapters: [base[0], base[1].filter((p) => p !== target), base[2]] }));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(r).toMatchObject({ exact: false, lost: true });
    expect(r.position.section).toBe(partIndex(now, 'Chapter 2'));
    // The paragraph that followed the removed one is at the top, not the chapter's first page.
    expect(shown(now, r.position)).toBe(base[1][7].slice(0, 60));
  });

  it('the passage and the text before it both gone: back to the start of the same chapter, flagged', () => {
    const old = load(ficText({ chapters: base }));
    const now = load(ficText({ chapters: [base[0], base[1].filter((p) => p !== target && p !== base[1][5]), base[2]] }));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(r).toEqual({ position: { section: partIndex(now, 'Chapter 2'), offset: 0 }, exact: false, lost: true });
  });

  it("a chapter's last paragraph removed: the page shows the paragraph before it, not an empty page", () => {
    const old = load(ficText({ chapters: base }));
    const last = base[1][11];
    const now = load(ficText({ chapters: [base[0], base[1].slice(0, 11), base[2]] }));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', last)), now);
    expect(r).toMatchObject({ exact: false, lost: true });
    expect(r.position.section).toBe(partIndex(now, 'Chapter 2'));
    expect(shown(now, r.position)).toBe(base[1][10].slice(0, 60));
  });

  it('hard-wrapped download replaced by a re-flowed one (and back): same words at the top', () => {
    const wrapped = load(ficText({ chapters: base, wrapped: true }));
    const flowed = load(ficText({ chapters: base }));
    expect(wrapped.hardWrapped).toBe(true);
    expect(flowed.hardWrapped).toBe(false);
    // A page of the wrapped file starts at the paragraph's second line.
    const line2 = target.replace(/(.{1,70})(?: |$)/g, '$1\n').split('\n')[1];
    const sec = partIndex(wrapped, 'Chapter 2');
    const offset = wrapped.text.slice(wrapped.sections[sec].start).indexOf(`\n${line2}`) + 1;
    const r = reAnchor(anchorAt(wrapped, { section: sec, offset }), flowed);
    expect(r).toMatchObject({ exact: true, lost: false });
    expect(shown(flowed, r.position, 40)).toBe(line2.slice(0, 40));
    const back = reAnchor(anchorAt(flowed, r.position), wrapped);
    expect(back.position).toEqual({ section: sec, offset });
  });

  it('new chapters appended and a header added above: the position stays in chapter 2', () => {
    const old = load(ficText({ chapters: base, header: false }));
    const now = load(ficText({ chapters: [...base, chapter(4), chapter(5)] }));
    expect(now.sections.length).toBe(old.sections.length + 3); // front matter + 2 parts
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(r.position.section).toBe(partIndex(now, 'Chapter 2'));
    expect(shown(now, r.position)).toBe(target.slice(0, 60));
  });

  it('a passage moved to another chapter is found there', () => {
    const old = load(ficText({ chapters: base }));
    const moved = [base[0], base[1].filter((p) => p !== target), [target, ...base[2]]];
    const now = load(ficText({ chapters: moved }));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(r.position.section).toBe(partIndex(now, 'Chapter 3'));
    expect(shown(now, r.position)).toBe(target.slice(0, 60));
  });

  it('a renamed file is the same work, and its bookmarks land on the same text', () => {
    const old = load(ficText({ chapters: base }), 'quiet-year.txt');
    const now = load(ficText({ chapters: [...base, chapter(4)] }), 'downloads/The Quiet Year (2).txt');
    expect(identityKey(now)).toBe(identityKey(old));
    const bookmark = positionOf(old, 'Chapter 3', base[2][4]);
    expect(reAnchor(anchorAt(old, bookmark), now)).toEqual({ position: bookmark, exact: true, lost: false });
  });

  it('a renamed chapter keeps its place by its number among the parts', () => {
    const old = load(ficText({ chapters: base }));
    const now = load(ficText({ chapters: base }).replace('Chapter 2\n', 'Chapter 2: The Storm\n'));
    const r = reAnchor(anchorAt(old, positionOf(old, 'Chapter 2', target)), now);
    expect(now.sections[r.position.section].title).toBe('Chapter 2: The Storm');
    expect(shown(now, r.position)).toBe(target.slice(0, 60));
  });
});
