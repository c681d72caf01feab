import { describe, expect, it } from 'vitest';
import { searchWork } from '../../src/core/search.js';
import { makeWork } from './fixtures.js';

const work = makeWork([
  'The weather was unnaturally cool\nfor a southern California fall.\n\n',
  'Willow hoped this was not an omen.\nThe Weather held.\n',
  '大きな都会でしか起きないのだ。\n',
]);
const at = (section: number, offset: number) => ({ section, offset });
const found = (section: number, needle: string) => ({ section, offset: work.text.slice(work.sections[section].start).indexOf(needle) });

describe('searchWork', () => {
  it('finds the next match, ignoring case, in a later section', () => {
    const hit = searchWork(work, 'WEATHER', at(0, 4), 1);
    expect(hit).toEqual({ position: found(1, 'Weather'), length: 7 });
  });

  it('matches across a line break and a run of spaces', () => {
    expect(searchWork(work, 'cool   for a', at(0, 0), 1)).toEqual({ position: found(0, 'cool'), length: 'cool\nfor a'.length });
  });

  it('wraps around the end of the work, and the start when searching backwards', () => {
    expect(searchWork(work, 'weather', found(1, 'Weather'), 1)?.position).toEqual(found(0, 'weather'));
    expect(searchWork(work, 'weather', at(0, 0), -1)?.position).toEqual(found(1, 'Weather'));
  });

  it('searches backwards from the position', () => {
    expect(searchWork(work, 'weather', at(2, 0), -1)?.position).toEqual(found(1, 'Weather'));
    expect(searchWork(work, 'weather', found(1, 'Weather'), -1)?.position).toEqual(found(0, 'weather'));
  });

  it('finds CJK text and returns null for no match or a blank query', () => {
    expect(searchWork(work, '都会', at(0, 0), 1)?.position).toEqual(found(2, '都会'));
    expect(searchWork(work, 'zebra', at(0, 0), 1)).toBeNull();
    expect(searchWork(work, '  ', at(0, 0), 1)).toBeNull();
  });

  it('treats regex characters in the query literally', () => {
    expect(searchWork(work, 'fall.', at(0, 0), 1)?.position).toEqual(found(0, 'fall.'));
    expect(searchWork(work, 'f.ll', at(0, 0), 1)).toBeNull();
  });
});
