import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectStructure } from '../../src/core/detect-structure.js';
import { expectCovering, loadText, partsOf } from './structure-helpers.js';

const dir = new URL('../../library/', import.meta.url);
const load = (name: string) => {
  const text = loadText(readFileSync(new URL(name, dir)));
  return { text, s: detectStructure(text) };
};
const titles = (name: string) => partsOf(load(name).s).map((p) => [p.title, p.subtitle]);

describe('sample library', () => {
  it('000: four ~Part: N~ parts titled by the text after the marker, and the header fields', () => {
    const { text, s } = load('000_55ebb60814069135.txt');
    expect(titles('000_55ebb60814069135.txt')).toEqual([
      ['Never Had A Voice To Protest', null],
      ['Always Raining in My Head', null],
      ['Nothings Quite The Same Now', null],
      ['Stitch Up My Emptiness', null],
    ]);
    expect(s.meta).toMatchObject({
      Rating: 'PG-13 for now',
      Spoilers: 'set right after Season 7 episode 2',
      Disclaimer: "Not mine, Don't sue.",
    });
    expect(Object.keys(s.meta)).toEqual(expect.arrayContaining(['Distribution', 'Feedback']));
    expect(s.sections[0].kind).toBe('front');
    expect(s.title).toBeNull();
    expectCovering(s, text);
  });

  it('001: one part `Chapter 1` with subtitle Prologue, no front section', () => {
    const { text, s } = load('001_16cf96708da75563.txt');
    expect(titles('001_16cf96708da75563.txt')).toEqual([['Chapter 1', 'Prologue']]);
    expect(s.sections[0]).toMatchObject({ kind: 'part', start: 0 });
    expectCovering(s, text);
  });

  it('002: `Part One` under Chapter 1 is a subtitle, not a part', () => {
    expect(titles('002_dfa5dd91274bc2e9.txt')).toEqual([
      ['Chapter 1', 'Part One'],
      ['Chapter 2', null],
    ]);
  });

  it('003: no headings: one untitled part, author from the By line, SPOILERS field kept as written', () => {
    const { text, s } = load('003_1283ff6c5b713b35.txt');
    expect(titles('003_1283ff6c5b713b35.txt')).toEqual([[null, null]]);
    expect(s.author).toBe('Annie Sewell-Jennings');
    expect(s.title).toBeNull();
    expect(s.meta.SPOILERS).toBe('Through "Sleeper"');
    expectCovering(s, text);
  });

  it('004: `Chapter 1` with subtitle oneshot', () => {
    expect(titles('004_b2db1102189f1514.txt')).toEqual([['Chapter 1', 'oneshot']]);
  });

  it('counts words in every part', () => {
    for (const p of partsOf(load('000_55ebb60814069135.txt').s)) expect(p.words).toBeGreaterThan(500);
  });
});

