import { describe, expect, it } from 'vitest';
import { editLine, startLine, visibleLine, type LineKey, type LineState } from '../../src/core/line-edit.js';
import { displayWidth } from '../../src/core/text-width.js';

const ch = (c: string): LineKey => ({ name: c === ' ' ? 'Space' : c, text: c });
const special = (name: string): LineKey => ({ name, text: '' });
/** Applies keys; a string key types its characters one by one. */
const keys = (start: LineState, ...ks: (LineKey | string)[]) =>
  ks.flatMap((k) => (typeof k === 'string' ? [...k].map(ch) : [k])).reduce((l, k) => editLine(l, k).line, start);
const value = (start: string, ...ks: (LineKey | string)[]) => keys(startLine(start), ...ks).value;
/** The line with a | where the cursor is. */
const shown = (l: LineState) => l.value.slice(0, l.cursor) + '|' + l.value.slice(l.cursor);

describe('editLine', () => {
  it('types at the end, several characters and pasted text alike', () => {
    expect(value('', 'rain')).toBe('rain');
    expect(value('the ', { name: 'x', text: 'rainy night' })).toBe('the rainy night');
  });

  it('moves the cursor by whole characters, so a typo at the start can be fixed', () => {
    expect(shown(keys(startLine('abc'), special('←'), special('←'), 'Z'))).toBe('aZ|bc');
    expect(shown(keys(startLine('hi 🐉!'), special('←'), special('←')))).toBe('hi |🐉!');
    expect(shown(keys(startLine('rain'), special('Home'), 'the '))).toBe('the |rain');
    expect(shown(keys(startLine('rain'), special('Ctrl-A'), special('Ctrl-E')))).toBe('rain|');
    expect(shown(keys(startLine('ab'), special('→'), special('←'), special('←'), special('←')))).toBe('|ab');
  });

  it('moves and deletes by words', () => {
    expect(shown(keys(startLine('one two three'), { name: 'Alt-b', text: '' }))).toBe('one two |three');
    expect(shown(keys(startLine('one two three'), special('Home'), { name: 'Alt-f', text: '' }))).toBe('one| two three');
    expect(shown(keys(startLine('some text '), special('Ctrl-W')))).toBe('some |');
    expect(shown(keys(startLine('one two three'), { name: 'Alt-b', text: '' }, special('Ctrl-W')))).toBe('one |three');
  });

  it('Backspace removes the whole character before the cursor, Ctrl-D the one under it', () => {
    expect(value('café', special('Backspace'))).toBe('caf');
    expect(value('hi 🐉', special('Backspace'))).toBe('hi ');
    expect(value('e\u0301', special('Backspace'))).toBe('');
    expect(value('', special('Backspace'))).toBe('');
    expect(value('abc', special('←'), special('←'), special('Backspace'))).toBe('bc');
    expect(value('abc', special('Home'), special('Ctrl-D'))).toBe('bc');
  });

  it('Ctrl-U clears before the cursor and Ctrl-K after it', () => {
    expect(value('some text', special('Ctrl-U'))).toBe('');
    expect(value('some text', { name: 'Alt-b', text: '' }, special('Ctrl-U'))).toBe('text');
    expect(value('some text', { name: 'Alt-b', text: '' }, special('Ctrl-K'))).toBe('some ');
  });

  it('Enter submits and Esc cancels, keeping the text', () => {
    expect(editLine(startLine('rain'), special('Enter'))).toEqual({ line: startLine('rain'), done: 'submit' });
    expect(editLine(startLine('rain'), special('Esc')).done).toBe('cancel');
  });

  it('never inserts control characters; pasted newlines become spaces', () => {
    expect(value('a', { name: 'x', text: 'b\x1b[31mc\x07' })).toBe('ab[31mc');
    expect(value('', { name: 'x', text: 'one\ntwo' })).toBe('one two');
    expect(value('a', special('Tab'))).toBe('a');
    expect(value('a', special('PgUp'))).toBe('a');
  });
});

describe('visibleLine', () => {
  const text = (v: { before: string; at: string; after: string }) => v.before + (v.at || ' ') + v.after;

  it('shows a short line whole, the cursor after it', () => {
    expect(visibleLine(startLine('short'), 10)).toEqual({ before: 'short', at: '', after: '' });
  });

  it('keeps the cursor in sight in a long line, marking the cut ends', () => {
    const end = visibleLine(startLine('a long line that is being typed'), 10);
    expect(end.before.startsWith('…')).toBe(true);
    expect(end.before.endsWith('typed')).toBe(true);
    expect(displayWidth(text(end))).toBeLessThanOrEqual(10);
    const home = visibleLine({ value: 'a long line that is being typed', cursor: 0 }, 10);
    expect(home.at).toBe('a');
    expect(home.after.endsWith('…')).toBe(true);
    expect(displayWidth(text(home))).toBeLessThanOrEqual(10);
  });

  it('measures wide characters by their width', () => {
    expect(displayWidth(text(visibleLine(startLine('三体地球往事三体地球往事'), 7)))).toBeLessThanOrEqual(7);
  });
});
