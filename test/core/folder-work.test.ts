import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { countWords } from '../../src/core/count-words.js';

const file = (name: string, text: string) => ({ name, bytes: Buffer.from(text) });
const body = 'It was a dark night and the wind blew hard across the moor, rattling the shutters.';

describe('a folder of chapter files', () => {
  const work = loadWork({
    id: 'big',
    path: 'Big',
    files: [
      file('01.txt', `Title: Big Folder Story\nAuthor: Someone\nRating: M\n\nChapter 1\n\n${body}\n`),
      file('02.txt', `Chapter 2\n\nMorning came grey and cold, and nobody had slept.\n`),
    ],
    mtimeMs: 0,
  });
  const text = (i: number) => work.text.slice(work.sections[i].start, work.sections[i].end);

  it('reads the first file\'s header as the work\'s front matter, not as part 1', () => {
    expect(work.title).toBe('Big Folder Story');
    expect(work.meta.Rating).toBe('M');
    expect(work.sections.map((s) => s.kind)).toEqual(['front', 'part', 'part']);
    expect(text(0)).toContain('Author: Someone');
    expect(text(1).trimStart().startsWith('Chapter 1')).toBe(true);
    expect(work.parts.map((p) => p.title)).toEqual(['Chapter 1', 'Chapter 2']);
  });

  it('loses no text: the sections cover every word of every file', () => {
    expect(work.sections.reduce((n, s) => n + s.words, 0)).toBe(countWords(work.text));
  });
});
