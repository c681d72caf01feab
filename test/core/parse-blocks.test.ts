import { describe, expect, it } from 'vitest';
import { detectHeadingLines, isSceneBreak, parseBlocks } from '../../src/core/parse-blocks.js';
import type { Block } from '../../src/core/types.js';

const show = (text: string, blocks: Block[]) => blocks.map((b) => [b.kind, text.slice(b.start, b.end)]);

// Shaped like library/003: one paragraph per line, blank lines between, an epigraph with no blanks.
const EPIGRAPH = [
  'By Annie Sewell-Jennings',
  '',
  'SPOILERS: Through "Sleeper"',
  `AUTHOR'S NOTES: Extreme angst ahead. In response to the "Spike tied to a chair in Buffy's bedroom" challenge. Written in a day.`,
  '',
  "can't stop what's coming",
  "can't stop what's on its way",
  'Bells and footfalls and soldiers and dolls',
  '--Tori Amos, "Bells For Her"',
  '',
  'They talk. Make their plans. Speak in loud voices and pretend that he can\'t hear what they say.',
  '',
  '"You can\'t trust him, Buffy."',
  '',
].join('\n');

// Shaped like the Alice text: hard-wrapped at ~70 columns, indented verse inside a chapter.
const ALICE = [
  'CHAPTER II.',
  'The Pool of Tears',
  '',
  "'Curiouser and curiouser!' cried Alice (she was so much surprised, that",
  'for the moment she quite forgot how to speak good English); \'now I\'m',
  'opening out like the largest telescope that ever was! Good-bye, feet!\'',
  '',
  '     \'How doth the little crocodile',
  '      Improve his shining tail,',
  '     And pour the waters of the Nile',
  '      On every golden scale!',
  '',
  "'I'm sure those are not the right words,' said poor Alice, and her eyes",
  'filled with tears again as she went on.',
  '',
  'SAMPSON.',
  'Fear me not.',
  '',
].join('\n');

describe('parseBlocks, one paragraph per line', () => {
  it('keeps an epigraph written without blank lines as verse, every line intact', () => {
    const blocks = parseBlocks(EPIGRAPH, false);
    const verse = show(EPIGRAPH, blocks).filter(([k]) => k === 'verse');
    expect(verse).toEqual([['verse', EPIGRAPH.slice(EPIGRAPH.indexOf("can't stop"), EPIGRAPH.indexOf('Her"') + 4)]]);
  });

  it('makes every other line its own paragraph, long notes included', () => {
    const kinds = show(EPIGRAPH, parseBlocks(EPIGRAPH, false)).map(([k, t]) => `${k}:${t.slice(0, 12)}`);
    expect(kinds).toEqual([
      'paragraph:By Annie Sew', 'paragraph:SPOILERS: Th', "paragraph:AUTHOR'S NOT", "verse:can't stop w",
      'paragraph:They talk. M', 'paragraph:"You can\'t t',
    ]);
  });

  it('reads a file with no blank lines at all as one paragraph per line', () => {
    const text = '~Part: 1~ Never Had A Voice\nThe weather was cool.\nShe jumped at the beep.\n"No," she said.\n';
    expect(show(text, parseBlocks(text, false, 1))).toEqual([
      ['heading', '~Part: 1~ Never Had A Voice'],
      ['paragraph', 'The weather was cool.'],
      ['paragraph', 'She jumped at the beep.'],
      ['paragraph', '"No," she said.'],
    ]);
  });
});

describe('parseBlocks, hard-wrapped', () => {
  const blocks = show(ALICE, parseBlocks(ALICE, true, 2));

  it('joins wrapped lines into one paragraph', () => {
    expect(blocks[1][0]).toBe('paragraph');
    expect(blocks[1][1]).toMatch(/^'Curiouser.*feet!'$/s);
    expect(blocks[3]).toEqual(['paragraph', ALICE.slice(ALICE.indexOf("'I'm sure"), ALICE.indexOf('went on.') + 8)]);
  });

  it('keeps an indented poem as verse and the chapter heading as a heading', () => {
    expect(blocks[0]).toEqual(['heading', 'CHAPTER II.\nThe Pool of Tears']);
    expect(blocks[2][0]).toBe('verse');
    expect(blocks[2][1].split('\n')).toHaveLength(4);
  });

  it('does not join a speaker name onto its line', () => {
    expect(blocks[4]).toEqual(['verse', 'SAMPSON.\nFear me not.']);
  });

  it('re-flows hard-wrapped CJK without inventing breaks', () => {
    const line = '彼は都会にうんざりしていた。都会に背をむけ、永遠におさらばしたかった。アリス';
    const text = `${line}\n${line}\n${line.slice(0, 10)}\n`;
    expect(parseBlocks(text, true).map((b) => b.kind)).toEqual(['paragraph']);
  });
});

describe('isSceneBreak', () => {
  it('recognises the usual scene-break lines', () => {
    for (const l of ['***', '* * *', '~*~*~*~', 'xXx', 'o-o-o-o', '-----', 'XXXXXX666XXXX', '#', '  ~*~*~*~*~*~  ', '***   ***   ******']) {
      expect(isSceneBreak(l), l).toBe(true);
    }
  });

  it('does not mistake short speech or words for breaks', () => {
    for (const l of ['...', '"..."', '?!', 'Oh.', 'xo.', 'Ooo!', 'ox', 'Box', '"***"', '', 'Part 2']) {
      expect(isSceneBreak(l), l).toBe(false);
    }
  });

  it('splits a scene break out of the surrounding text', () => {
    const text = 'She left.\n* * *\nHe stayed.\n';
    expect(show(text, parseBlocks(text, false)).map(([k]) => k)).toEqual(['paragraph', 'break', 'paragraph']);
  });
});

describe('detectHeadingLines', () => {
  it('takes the chapter line and the title line under it', () => {
    expect(detectHeadingLines(ALICE, { kind: 'part', title: 'The Pool of Tears', subtitle: 'Chapter II' })).toBe(2);
  });

  it('finds no heading in front matter or an untitled part', () => {
    expect(detectHeadingLines(ALICE, { kind: 'front', title: 'The Pool of Tears', subtitle: null })).toBe(0);
    expect(detectHeadingLines(ALICE, { kind: 'part', title: null, subtitle: null })).toBe(0);
  });

  it('stops at the first line of prose when there is no blank line', () => {
    const text = '~Part: 1~ Never Had A Voice\nThe weather was cool.\n';
    expect(detectHeadingLines(text, { kind: 'part', title: 'Never Had A Voice', subtitle: 'Part 1' })).toBe(1);
  });
});
