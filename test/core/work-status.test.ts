import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { detectStatus, readingState } from '../../src/core/work-status.js';
import type { LoadedWork } from '../../src/core/types.js';

const load = (text: string): LoadedWork =>
  loadWork({ id: 'w', path: 'w.txt', files: [{ name: 'w.txt', bytes: Buffer.from(text) }], mtimeMs: 0 });

const prose = (n: number): string =>
  `The snow kept falling on the ${n}th morning, and Ilse carried the lamp down to the cellar where the letters were kept in a tin.\n\n` +
  `She read one aloud to the cat, who listened with the patience of an old priest, and then she put the kettle on.`;
const fic = (head: string, ending = '', n = 2): string =>
  `${head}\n\n\n` + Array.from({ length: n }, (_, i) => `Chapter ${i + 1}\n\n${prose(i + 1)}\n`).join('\n\n') + (ending ? `\n${ending}\n` : '');
const HEAD = 'Winter Letters\n\nby Ash\n\nRating: G';

describe('is the story finished?', () => {
  it('the header says so: Status In-Progress / Completed / Complete', () => {
    expect(detectStatus(load(fic(`${HEAD}\nStatus: In-Progress`)))).toBe('in-progress');
    expect(detectStatus(load(fic(`${HEAD}\nStatus: Completed`)))).toBe('complete');
    expect(detectStatus(load(fic(`${HEAD}\nStatus: Complete`)))).toBe('complete');
    expect(detectStatus(load(fic(`${HEAD}\nStatus: Incomplete`)))).toBe('in-progress');
  });

  it("AO3's chapter count: 12/? is in progress, 12/12 complete", () => {
    expect(detectStatus(load(fic(`${HEAD}\nChapters: 12/?`)))).toBe('in-progress');
    expect(detectStatus(load(fic(`${HEAD}\nChapters: 12/12`)))).toBe('complete');
    expect(detectStatus(load(fic(`${HEAD}\nChapters: 3/10`)))).toBe('in-progress');
    // AO3's text download: the count sits inside the indented Stats block.
    const ao3 = 'Winter Letters\nPosted originally on the Archive of Our Own at https://archiveofourown.org/works/1.\n\nRating:\n    General Audiences\nStats:\n    Published: 2024-01-02 Updated: 2024-03-04 Words: 9000 Chapters: 4/?';
    expect(detectStatus(load(fic(ao3)))).toBe('in-progress');
  });

  it("ffnet's one-line header: `... - Status: Complete - id: ...`", () => {
    expect(detectStatus(load(fic(`${HEAD}\nRated: T - English - Romance - Chapters: 12 - Words: 50,123 - Status: Complete - id: 4567`)))).toBe('complete');
  });

  it('an ending marker on the last lines of the last chapter: The End, End file., ~Fin~, THE END then a note', () => {
    expect(detectStatus(load(fic(HEAD, 'The End')))).toBe('complete');
    expect(detectStatus(load(fic(HEAD, 'End file.')))).toBe('complete');
    expect(detectStatus(load(fic(HEAD, '~Fin~')))).toBe('complete');
    expect(detectStatus(load(fic(HEAD, '*** THE END ***\n\nThank you all for reading and for every comment!')))).toBe('complete');
  });

  it('no marker and no header: unknown; a heading "STAVE V: THE END OF IT" is not an ending', () => {
    expect(detectStatus(load(fic(HEAD)))).toBe('unknown');
    const carol = `A Christmas Carol\n\nby Charles Dickens\n\n\nSTAVE I: MARLEY'S GHOST\n\n${prose(1)}\n\n\nSTAVE V: THE END OF IT\n\n${prose(2)}\n`;
    expect(detectStatus(load(carol))).toBe('unknown');
    expect(detectStatus(load(fic(HEAD, '"That\'s the end of it," she said, and laughed.')))).toBe('unknown');
  });

  it("the header wins over FanFicFare's \"End file.\" (it ends every download)", () => {
    expect(detectStatus(load(fic(`${HEAD}\nStatus: In-Progress`, 'End file.')))).toBe('in-progress');
  });
});

describe('where the reader is', () => {
  it('not started, reading, caught up with an unfinished work, finished', () => {
    expect(readingState({ status: 'in-progress', partsRead: [], partCount: 5, started: false })).toBe('not-started');
    expect(readingState({ status: 'in-progress', partsRead: [], partCount: 5, started: true })).toBe('reading');
    expect(readingState({ status: 'in-progress', partsRead: [0, 1, 2], partCount: 5, started: true })).toBe('reading');
    expect(readingState({ status: 'in-progress', partsRead: [0, 1, 2, 3, 4], partCount: 5, started: true })).toBe('caught-up');
    expect(readingState({ status: 'complete', partsRead: [0, 1, 2, 3, 4], partCount: 5, started: true })).toBe('finished');
  });

  it('a new chapter after catching up: reading again', () => {
    expect(readingState({ status: 'in-progress', partsRead: [0, 1, 2, 3, 4], partCount: 6, started: true })).toBe('reading');
  });

  it('a one-shot of unknown status read to its end is finished', () => {
    expect(readingState({ status: 'unknown', partsRead: [0], partCount: 1, started: true })).toBe('finished');
  });
});
