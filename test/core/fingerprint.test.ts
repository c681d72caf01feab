import { describe, expect, it } from 'vitest';
import { compareVersions, describeChange, fingerprintWork, matchParts } from '../../src/core/fingerprint.js';
import { loadWork } from '../../src/core/load-work.js';
import type { LoadedWork } from '../../src/core/types.js';

const load = (text: string): LoadedWork =>
  loadWork({ id: 'w', path: 'w.txt', files: [{ name: 'w.txt', bytes: Buffer.from(text) }], mtimeMs: 0 });

/** Chapter n's body: distinct prose, two paragraphs. */
const body = (n: number): string =>
  `Teo had counted ${n * 3} lanterns along the canal by the time the bells of the ${n}th hour rang, and still the boat did not come.\n\n` +
  `"You said chapter ${n} would be the last wait," Ada told him, and pulled her coat tighter against the fog off the water.`;
const fic = (bodies: string[], head = 'The Canal\n\nby Wren\n\nStatus: In-Progress\n\n\n'): string =>
  head + bodies.map((b, i) => `Chapter ${i + 1}\n\n${b}\n`).join('\n\n');
const bodies = (n: number): string[] => Array.from({ length: n }, (_, i) => body(i + 1));

const change = (a: string, b: string): string | null =>
  describeChange(compareVersions(fingerprintWork(load(a)), fingerprintWork(load(b))));
/** A fic whose parts have their own headings: `[heading, body]` pairs. */
const titled = (parts: [string, string][]): string =>
  'The Canal\n\nby Wren\n\nStatus: In-Progress\n\n\n' + parts.map(([h, b]) => `${h}\n\n${b}\n`).join('\n\n');
const chapters = (n: number): [string, string][] => bodies(n).map((b, i) => [`Chapter ${i + 1}`, b]);
const hiatus = "A/N: Sorry, no chapter this week. Real life is busy and I'm moving house; the story is on a short hiatus. Thank you for all the comments!";

describe('what changed since the work was last read', () => {
  it('the same file again: nothing to report', () => {
    expect(compareVersions(fingerprintWork(load(fic(bodies(3)))), fingerprintWork(load(fic(bodies(3)))))).toEqual({ newParts: 0, changed: false, edited: false });
    expect(change(fic(bodies(3)), fic(bodies(3)))).toBeNull();
  });

  it('three chapters posted: "+3 new parts"', () => {
    expect(change(fic(bodies(5)), fic(bodies(8)))).toBe('+3 new parts');
    expect(change(fic(bodies(1)), fic(bodies(2)))).toBe('+1 new part');
  });

  it("an author's note added to the old last chapter does not hide the new chapter", () => {
    const old = bodies(3);
    const now = [...old.slice(0, 2), `${old[2]}\n\nA/N: Next chapter soon, thank you for reading!`, body(4)];
    expect(compareVersions(fingerprintWork(load(fic(old))), fingerprintWork(load(fic(now))))).toEqual({ newParts: 1, changed: true, edited: false });
    expect(change(fic(old), fic(now))).toBe('+1 new part');
  });

  it('a chapter edited in the middle: "updated", and both said when chapters were also added', () => {
    const edited = bodies(4).map((b, i) => (i === 1 ? b.replace('pulled', 'drew') : b));
    expect(change(fic(bodies(4)), fic(edited))).toBe('updated');
    expect(change(fic(bodies(4)), fic([...edited, body(5)]))).toBe('+1 new part, updated');
  });

  it("an author's note posted as the last part, then replaced by a real chapter: \"updated\" as well as the new part", () => {
    const old = titled([...chapters(4), ["Chapter 5: Author's Note", hiatus]]);
    const now = titled([...chapters(4), ['Chapter 5: A Light In The Window', body(5)], ['Chapter 6', body(6)]]);
    expect(compareVersions(fingerprintWork(load(old)), fingerprintWork(load(now)))).toEqual({ newParts: 1, changed: true, edited: true });
    expect(change(old, now)).toBe('+1 new part, updated');
    // Replaced with nothing added: "updated".
    expect(change(old, titled([...chapters(4), ['Chapter 5: A Light In The Window', body(5)]]))).toBe('updated');
  });

  it('a placeholder under the same heading replaced by a chapter many times its length: "updated"', () => {
    const old = titled([...chapters(4), ['Chapter 5', 'Coming soon!']]);
    const now = titled([...chapters(4), ['Chapter 5', `${body(5)}\n\n${body(7)}`], ['Chapter 6', body(6)]]);
    expect(change(old, now)).toBe('+1 new part, updated');
  });

  it('the old last chapter renamed with its heading extended and a note cut: still only the new part', () => {
    const old = titled([...chapters(3), ['Chapter 4', `${body(4)}\n\nA/N: more soon!`]]);
    const now = titled([...chapters(3), ['Chapter 4: Fog', body(4)], ['Chapter 5', body(5)]]);
    expect(change(old, now)).toBe('+1 new part');
  });

  it('a part inserted mid-story counts as new, the chapters after it as they were (renumbered)', () => {
    // AO3 numbers chapters in order: the interlude is "Chapter 2", the old chapter 2 becomes "Chapter 3".
    const interlude = "Meanwhile, far from the canal, the lamplighter's daughter packed a bag and left without a word to anyone.";
    const old = fic(bodies(4));
    const now = fic([body(1), interlude, ...bodies(4).slice(1), body(5)]);
    expect(change(old, now)).toBe('+2 new parts');
    expect(matchParts(fingerprintWork(load(old)), fingerprintWork(load(now))).links.map((l) => l.from)).toEqual([0, -1, 1, 2, 3, -1]);
    // A prologue added in front, and an edit after the insertion, are told too.
    expect(change(old, fic([body(9), ...bodies(4)]))).toBe('+1 new part');
    const edited = bodies(4).map((b, i) => (i === 2 ? b.replace('pulled', 'drew') : b));
    expect(change(old, fic([edited[0], interlude, ...edited.slice(1)]))).toBe('+1 new part, updated');
  });

  it('a chapter removed: "updated"', () => {
    expect(change(fic(bodies(4)), fic(bodies(3)))).toBe('updated');
  });

  it('re-wrapping, a grown header and renamed chapter headings are not changes', () => {
    const wrapped = fic(bodies(3).map((b) => b.replace(/(.{1,60})(?: |$)/g, '$1\n').trimEnd()));
    expect(change(fic(bodies(3)), wrapped)).toBeNull();
    const newHead = 'The Canal\n\nby Wren\n\nStatus: In-Progress\nChapters: 3/?\nWords: 300\n\n\n';
    expect(change(fic(bodies(3)), fic(bodies(3), newHead))).toBeNull();
    const renamed = fic(bodies(3)).replace('Chapter 2\n', 'Chapter 2: Fog\n');
    expect(change(fic(bodies(3)), renamed)).toBeNull();
  });

  it('the fingerprint is small plain JSON: titles, hashes and word counts, no text', () => {
    const w = load(fic(bodies(3)));
    const fp = fingerprintWork(w);
    expect(fp.parts.map((p) => p.title)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
    expect(fp.total).toBe(w.words);
    expect(fp.parts.every((p) => /^[0-9a-f]{8}$/.test(p.hash) && p.words > 0)).toBe(true);
    expect(JSON.parse(JSON.stringify(fp))).toEqual(fp);
    expect(JSON.stringify(fp)).not.toContain('lanterns');
  });
});
