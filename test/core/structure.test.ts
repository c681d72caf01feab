import { describe, expect, it } from 'vitest';
import { countWords } from '../../src/core/count-words.js';
import { detectStructure } from '../../src/core/detect-structure.js';
import { classifyHeading } from '../../src/core/parse-headings.js';
import type { Section, Structure } from '../../src/core/types.js';

const parts = (s: Structure): Section[] => s.sections.filter((x) => x.kind === 'part');
const titles = (text: string): (string | null)[] => parts(detectStructure(text)).map((p) => p.title);

/** Sections are contiguous, in order, and cover the whole text. */
function expectCovering(text: string): Structure {
  const s = detectStructure(text);
  let pos = 0;
  for (const sec of s.sections) {
    expect(sec.start).toBe(pos);
    expect(sec.end).toBeGreaterThanOrEqual(sec.start);
    pos = sec.end;
  }
  expect(pos).toBe(text.length);
  return s;
}

/** A paragraph of prose with the given number of sentences. */
const prose = (n = 3, seed = 'She walked along the quiet road and thought about the letter'): string =>
  Array.from({ length: n }, (_, i) => `${seed} for the ${i + 1}th time that day, wondering what it meant.`).join(' ');

/** Chapters built from headings, each followed by two paragraphs. */
const book = (headings: string[], sep = '\n\n'): string =>
  headings.map((h) => `${h}${sep}${prose()}\n\n${prose(2)}\n`).join('\n\n');

describe('heading styles', () => {
  it('`Chapter 12` and `Chapter 12: Title`', () => {
    expect(titles(book(['Chapter 1', 'Chapter 2: The Storm', 'Chapter 3']))).toEqual([
      'Chapter 1',
      'Chapter 2: The Storm',
      'Chapter 3',
    ]);
  });

  it('Roman `CHAPTER XII.` and spelled-out `CHAPTER FORTY-SEVEN`', () => {
    expect(titles(book(['CHAPTER XI.', 'CHAPTER XII.']))).toEqual(['CHAPTER XI.', 'CHAPTER XII.']);
    expect(titles(book(['CHAPTER FORTY-SIX', 'CHAPTER FORTY-SEVEN']))).toEqual(['CHAPTER FORTY-SIX', 'CHAPTER FORTY-SEVEN']);
  });

  it('a title on the line after the number is joined with one space', () => {
    expect(titles(book(['CHAPTER I.\nThe Period', 'CHAPTER II.\nThe Mail']))).toEqual([
      'CHAPTER I. The Period',
      'CHAPTER II. The Mail',
    ]);
    expect(titles(book(['CHAPTER ONE\n\nPLAYING PILGRIMS', 'CHAPTER TWO\n\nA MERRY CHRISTMAS']))).toEqual([
      'CHAPTER ONE PLAYING PILGRIMS',
      'CHAPTER TWO A MERRY CHRISTMAS',
    ]);
  });

  it('lower-case `chapter 1` and `- Chapter 1 -` headings, but not `chapter 12 was the best`', () => {
    expect(titles(book(['chapter 1', 'chapter 2: the storm', 'chapter 3']))).toEqual(['chapter 1', 'chapter 2: the storm', 'chapter 3']);
    expect(titles(book(['- Chapter 1 -', '- Chapter 2 -']))).toEqual(['Chapter 1', 'Chapter 2']);
    expect(classifyHeading('chapter 12 was the best')).toBeNull();
    expect(classifyHeading('chapter twelve, which I loved')).toBeNull();
  });

  it('a chapter of one short line is still a chapter, first or in the middle', () => {
    expect(titles(`Chapter 1\n\nIt was dark.\n\nChapter 2\n\n${prose()}\n\nChapter 3\n\n${prose()}\n`)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
    expect(titles(`Chapter 1\n\n${prose()}\n\nChapter 2\n\nShe left.\n\nChapter 3\n\n${prose()}\n`)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
  });

  it('`~Part: 1~ Title` shows the title after the marker', () => {
    expect(titles(book(['~Part: 1~ Never Had A Voice', '~Part: 2~ Raining Again']))).toEqual([
      'Never Had A Voice',
      'Raining Again',
    ]);
  });

  it('`Part One` headings are parts when there are no chapters', () => {
    expect(titles(book(['Part One', 'Part Two', 'Part Three']))).toEqual(['Part One', 'Part Two', 'Part Three']);
  });

  it('Prologue and Epilogue are parts beside the chapters', () => {
    expect(titles(book(['Prologue', 'Chapter 1', 'Chapter 2', 'Epilogue']))).toEqual([
      'Prologue',
      'Chapter 1',
      'Chapter 2',
      'Epilogue',
    ]);
  });

  it('`Letter 4` and `Chapter 1` in one book; `STAVE III`', () => {
    expect(titles(book(['Letter 1', 'Letter 2', 'Chapter 1', 'Chapter 2']))).toHaveLength(4);
    expect(titles(book(['STAVE I: MARLEY\u2019S GHOST', 'STAVE II: THE FIRST OF THE THREE SPIRITS', 'STAVE III']))).toEqual([
      'STAVE I: MARLEY\u2019S GHOST',
      'STAVE II: THE FIRST OF THE THREE SPIRITS',
      'STAVE III',
    ]);
  });

  it('bare Roman numerals `I.` / `II.`, but not a wrapped line that is just `I.`', () => {
    const text = `I.\n\n${prose()}\nhe said\nI.\nThen he left.\n\nII.\n\n${prose()}\n\nIII.\n\n${prose()}\n`;
    expect(titles(text)).toEqual(['I.', 'II.', 'III.']);
  });

  it('Chinese `第一章` / `第一回` headings, but not a paragraph starting with 第四回中', () => {
    const para = '    话说宝玉在林黛玉房中说耗子精，宝钗撞来，讽刺宝玉元宵不知绿蜡之典，三人正在房中互相取笑。';
    const text = ` 第一回\u3000甄士隐梦幻识通灵\n\n${para}\n    第四回中既将薛家母子在荣府内寄居等事略已表明。\n\n 第二回\u3000贾夫人仙逝扬州城\n\n${para}\n`;
    expect(titles(text)).toEqual(['第一回 甄士隐梦幻识通灵', '第二回 贾夫人仙逝扬州城']);
    expect(titles(`第一章\n\n${para}\n\n第二章\n\n${para}\n`)).toEqual(['第一章', '第二章']);
  });

  it('`Chapter` inside a sentence is not a heading', () => {
    const text = book(['Chapter 1', 'Chapter 2']).replace(
      'thought about',
      'thought about it.\n\nChapter 12 was the best part of the book, she said, and\nchapter three the worst',
    );
    expect(titles(text)).toEqual(['Chapter 1', 'Chapter 2']);
  });
});

describe('subtitles', () => {
  it('`Chapter 1` then `Prologue` is one part with a subtitle', () => {
    const s = detectStructure(` Chapter 1\n\nPrologue\n\n${prose()}\n\n Chapter 2\n\n${prose()}\n`);
    expect(parts(s).map((p) => [p.title, p.subtitle])).toEqual([
      ['Chapter 1', 'Prologue'],
      ['Chapter 2', null],
    ]);
  });

  it('a sentence after the heading is not a title', () => {
    expect(titles(`Chapter 1\nHarry woke up early.\n${prose()}\n\nChapter 2\nIt rained.\n${prose()}\n`)).toEqual([
      'Chapter 1',
      'Chapter 2',
    ]);
  });
});

describe('levels above chapters', () => {
  it('BOOK / ACT / `Book the First--…` lines are not parts and stay in the text', () => {
    const text = `Book the First--Recalled to Life\n\n\n${book(['CHAPTER I.', 'CHAPTER II.'])}\n\nBOOK TWO: 1806\n\n${book(['CHAPTER I.', 'CHAPTER II.'])}`;
    const s = expectCovering(text);
    expect(parts(s).map((p) => p.title)).toEqual(['CHAPTER I.', 'CHAPTER II.', 'CHAPTER I.', 'CHAPTER II.']);
    // the BOOK heading opens the first chapter of its book, not the end of the previous one
    expect(text.slice(parts(s)[1].start, parts(s)[1].end)).not.toContain('BOOK TWO: 1806');
    expect(text.slice(parts(s)[2].start, parts(s)[2].end)).toMatch(/^BOOK TWO: 1806\n\nCHAPTER I\./);
  });

  it('each part gets the group heading above it, and a group heading starts its first part', () => {
    const text =
      `My Long Novel\n\nBy A. Writer\n\n\nBOOK ONE: 1805\n\n\n${book(['CHAPTER I', 'CHAPTER II', 'CHAPTER III'])}\n\n` +
      `BOOK TWO: 1806\n\n\n${book(['CHAPTER I', 'CHAPTER II'])}`;
    const s = expectCovering(text);
    const ps = parts(s);
    expect(ps.map((p) => [p.group, p.title])).toEqual([
      ['BOOK ONE: 1805', 'CHAPTER I'],
      ['BOOK ONE: 1805', 'CHAPTER II'],
      ['BOOK ONE: 1805', 'CHAPTER III'],
      ['BOOK TWO: 1806', 'CHAPTER I'],
      ['BOOK TWO: 1806', 'CHAPTER II'],
    ]);
    expect(text.slice(ps[3].start, ps[3].end)).toMatch(/^BOOK TWO: 1806\n\n\nCHAPTER I\n/);
    expect(text.slice(ps[2].start, ps[2].end)).not.toContain('BOOK');
    expect(text.slice(ps[0].start)).toMatch(/^BOOK ONE: 1805\n/);
    expect(s.sections[0]).toMatchObject({ kind: 'front' }); // the title block stays front matter
  });

  it('a contents list naming the books does not make groups; a chapter before the first book has none', () => {
    const toc = 'Contents\n\nBOOK ONE\nCHAPTER I\nCHAPTER II\nBOOK TWO\nCHAPTER I\n\n\n\n';
    const text = `${toc}Prologue\n\n${prose()}\n\nBOOK ONE\n\n${book(['CHAPTER I', 'CHAPTER II'])}\n\nBOOK TWO\n\n${book(['CHAPTER I'])}`;
    const s = expectCovering(text);
    expect(parts(s).map((p) => [p.group ?? null, p.title])).toEqual([
      [null, 'Prologue'],
      ['BOOK ONE', 'CHAPTER I'],
      ['BOOK ONE', 'CHAPTER II'],
      ['BOOK TWO', 'CHAPTER I'],
    ]);
    expect(text.slice(s.sections[0].start, s.sections[0].end)).toBe(toc);
  });

  it('a work without books has no groups', () => {
    expect(parts(detectStructure(book(['Chapter 1', 'Chapter 2']))).every((p) => p.group == null)).toBe(true);
  });
});

describe('tables of contents', () => {
  it('a contents list does not double the parts', () => {
    const text = `MY BOOK\n\nby Some One\n\n\nCONTENTS\n\n Chapter 1\n Chapter 2\n Chapter 3\n\n\n\n${book(['Chapter 1', 'Chapter 2', 'Chapter 3'])}`;
    const s = expectCovering(text);
    expect(parts(s).map((p) => p.title)).toEqual(['Chapter 1', 'Chapter 2', 'Chapter 3']);
    expect(s.sections[0].kind).toBe('front');
    expect(text.slice(0, s.sections[0].end)).toContain('CONTENTS');
    expect(s).toMatchObject({ title: 'MY BOOK', author: 'Some One' });
  });

  it('a contents list identifies headings that have no number', () => {
    const text = `Contents\n\n STORY OF THE DOOR\n\n SEARCH FOR MR. HYDE\n\n THE LAST NIGHT\n\n\n${book(['STORY OF THE DOOR', 'SEARCH FOR MR. HYDE', 'THE LAST NIGHT'])}`;
    expect(titles(text)).toEqual(['STORY OF THE DOOR', 'SEARCH FOR MR. HYDE', 'THE LAST NIGHT']);
  });

  it('a numbered list of titles at the top finds the bare titles in the body', () => {
    const list = '1. A Day of Very Low Probability\n2. Everything I Believe Is False\n3. Comparing Reality\n';
    const text = `${list}\n\n\n\n\nA Day of Very Low Probability\n\n\n* * *\n\n${prose()}\n\n\n\n\nEverything I Believe Is False\n\n${prose()}\n\n\n\n\nComparing Reality\n\n${prose()}`;
    expect(titles(text)).toEqual(['A Day of Very Low Probability', 'Everything I Believe Is False', 'Comparing Reality']);
  });
});

describe('front matter and metadata', () => {
  it('FanFicFare TXT: title, by-line, fields, TABLE OF CONTENTS, tab-indented headings, End file.', () => {
    const text =
      '\n\n\nThe Long Night\n\nby Jane Writer\n\n\n\nCategory: Buffy\nStatus: Completed\nWords: 1,234\n' +
      'Story URL: https://example.org/s/1\nSummary: Spike waits.\nIt is a long night.\n\n\n\n\n\nTABLE OF CONTENTS\n\n' +
      'Arrival\n\nThe Wait\n\n\n\n\tArrival\n\n' + `${prose()}\n\n${prose()}\n\n\n\tThe Wait\n\n${prose()}\n\nEnd file.\n`;
    const s = expectCovering(text);
    expect(s.title).toBe('The Long Night');
    expect(s.author).toBe('Jane Writer');
    expect(s.meta).toMatchObject({ Status: 'Completed', 'Story URL': 'https://example.org/s/1' });
    expect(s.meta.Summary).toContain('Spike waits.');
    expect(parts(s).map((p) => p.title)).toEqual(['Arrival', 'The Wait']);
    expect(text.slice(parts(s)[1].start, parts(s)[1].end)).toContain('End file.');
    expect(s.sections.map((x) => x.kind)).toEqual(['front', 'part', 'part']);
  });

  it('a `Title:` line right above the story keeps the story out of the title', () => {
    const s = expectCovering(`Title: Foo\n~Part: 1~ One\n${prose()}\n\n~Part: 2~ Two\n\n${prose()}\n`);
    expect(s.title).toBe('Foo');
    expect(parts(s).map((p) => p.title)).toEqual(['One', 'Two']);
    const t = expectCovering(`Title: Foo Bar\nAuthor: Someone\nShe walked along the river for a while.\n\n${prose()}\n`);
    expect(t.author).toBe('Someone');
    expect(t.meta.Author).toBe('Someone');
  });

  it('a script-format opening (`Harry: Where are you going?`) is story, not a header', () => {
    const s = expectCovering(`Harry: Where are you going tonight?\nRon: Out. To the pub, probably.\n\n${prose()}\n`);
    expect(s.meta).toEqual({});
    expect(s.sections.map((x) => x.kind)).toEqual(['part']);
    expect(expectCovering(`Rating: T\nDisclaimer: Not mine, sadly.\n\n${prose()}\n`).meta).toMatchObject({ Rating: 'T' });
  });

  it('a Chinese header (`书名：`, `作者：`) gives the title and author', () => {
    const s = expectCovering(`书名：红楼梦\n作者：曹雪芹\n\n第一回　甄士隐梦幻识通灵\n\n${prose()}\n\n第二回　贾夫人仙逝扬州城\n\n${prose()}\n`);
    expect(s.title).toBe('红楼梦');
    expect(s.author).toBe('曹雪芹');
    expect(parts(s)).toHaveLength(2);
  });

  it('a summary runs on over its unindented lines', () => {
    const s = expectCovering(`Title: Foo\nSummary: Spike waits.\nIt is a long night.\n\nChapter 1\n\n${prose()}\n`);
    expect(s.meta.Summary).toBe('Spike waits. It is a long night.');
  });

  it('`Label: value` header fields, with or without a space after the colon', () => {
    const s = detectStructure(`Disclaimer: Not mine.\nRating:PG-13 for now\nSpoilers: Season 7\n~*~*~\n~Part: 1~ Start\n${prose()}\n`);
    expect(s.meta).toEqual({ Disclaimer: 'Not mine.', Rating: 'PG-13 for now', Spoilers: 'Season 7' });
  });

  it('Gutenberg header and START/END markers: front, parts, back', () => {
    const text =
      'The Project Gutenberg eBook of A Short Tale, by A. Writer\n\nTitle: A Short Tale\n\nAuthor: A. Writer\n\n' +
      '*** START OF THE PROJECT GUTENBERG EBOOK A SHORT TALE ***\n\n\n' +
      book(['CHAPTER I.', 'CHAPTER II.']) +
      '\n\n*** END OF THE PROJECT GUTENBERG EBOOK A SHORT TALE ***\n\nSection 1. General Terms of Use\n';
    const s = expectCovering(text);
    expect(s).toMatchObject({ title: 'A Short Tale', author: 'A. Writer' });
    expect(s.sections.map((x) => x.kind)).toEqual(['front', 'part', 'part', 'back']);
    expect(text.slice(s.sections[3].start)).toMatch(/^\*\*\* END OF/);
  });

  it('header fields whose values sit on indented lines below the label', () => {
    const text =
      'My Work\nPosted originally on the Archive of Our Own at https://archiveofourown.org/works/1.\n\n' +
      'Rating:\n    Teen And Up Audiences\nFandom:\n    Harry Potter\n\n' +
      book(['Chapter 1: Beginnings', 'Chapter 2: Endings']);
    const s = expectCovering(text);
    expect(s.meta).toMatchObject({ Rating: 'Teen And Up Audiences', Fandom: 'Harry Potter' });
    expect(parts(s).map((p) => p.title)).toEqual(['Chapter 1: Beginnings', 'Chapter 2: Endings']);
    expect(s.sections[0].kind).toBe('front');
  });

  it('whitespace before the first heading goes into the first part', () => {
    const s = expectCovering(`\n\n  \n${book(['Chapter 1', 'Chapter 2'])}`);
    expect(s.sections[0]).toMatchObject({ kind: 'part', start: 0, title: 'Chapter 1' });
  });

  it('prose before the first heading with no header at all is an untitled first part', () => {
    const text = `${Array.from({ length: 30 }, () => prose()).join('\n\n')}\n\n${book(['CHAPTER II. The Pool of Tears', 'CHAPTER III. A Race'])}`;
    expect(titles(text)).toEqual([null, 'CHAPTER II. The Pool of Tears', 'CHAPTER III. A Race']);
  });

  it('a file with no headings is one untitled part', () => {
    const text = `${prose()}\n\n${prose()}\n`;
    const s = expectCovering(text);
    expect(s.sections).toHaveLength(1);
    expect(s.sections[0]).toMatchObject({ kind: 'part', title: null, subtitle: null });
    expect(s.title).toBeNull();
  });

  it('empty text still yields one (empty) part', () => {
    const s = expectCovering('');
    expect(parts(s)).toHaveLength(1);
  });
});

describe('hard wrap and words', () => {
  it('detects hard-wrapped prose and one-paragraph-per-line prose', () => {
    const long = Array.from({ length: 40 }, () => prose(3)).join('\n\n');
    const wrapped = long.replace(/(.{1,70})(\s|$)/g, '$1\n');
    expect(detectStructure(long).hardWrapped).toBe(false);
    expect(detectStructure(wrapped).hardWrapped).toBe(true);
  });

  it('re-flows a drabble wrapped at 72 columns, but keeps a short poem as lines', () => {
    const drabble = [prose(2), prose(2)].map((p) => p.replace(/(.{1,70})(\s|$)/g, '$1\n').trim()).join('\n\n');
    expect(drabble.split('\n').length).toBeLessThan(12);
    expect(detectStructure(drabble).hardWrapped).toBe(true);
    const poem = 'The rain is soft tonight\nit falls on the roof\nand on the road\nand I wait for you\n\nthe lamp is low\nthe door is shut\nthe night is long\n';
    expect(detectStructure(poem).hardWrapped).toBe(false);
  });

  it('counts words: tokens with a letter or digit, one per CJK character', () => {
    expect(countWords('Hello, world -- * * * 42')).toBe(3);
    expect(countWords('  don\u2019t\u00a0stop\u3000now ')).toBe(3);
    expect(countWords('红楼梦')).toBe(3);
    expect(countWords('火星の記憶 Mars')).toBe(6);
    expect(countWords('')).toBe(0);
  });

  it('section word counts add up to the whole text', () => {
    const text = `Title: X\n\n${book(['Chapter 1', 'Chapter 2'])}`;
    const s = detectStructure(text);
    expect(s.sections.reduce((n, x) => n + x.words, 0)).toBe(countWords(text));
  });
});
