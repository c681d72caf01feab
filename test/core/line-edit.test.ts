import { describe, expect, it } from 'vitest';
import { editLine, visibleTail, type LineKey } from '../../src/core/line-edit.js';
import { displayWidth } from '../../src/core/text-width.js';

const ch = (c: string): LineKey => ({ name: c === ' ' ? 'Space' : c, text: c });
const special = (name: string): LineKey => ({ name, text: '' });
const typeAll = (keys: LineKey[], start = '') => keys.reduce((v, k) => editLine(v, k).value, start);

describe('editLine', () => {
  it('appends typed characters, several and pasted alike', () => {
    expect(typeAll([...'rain'].map(ch))).toBe('rain');
    expect(editLine('the ', { name: 'x', text: 'rainy night' }).value).toBe('the rainy night');
  });
  it('Backspace removes one whole character, even an emoji or accented letter', () => {
    expect(editLine('café', special('Backspace')).value).toBe('caf');
    expect(editLine('hi 🐉', special('Backspace')).value).toBe('hi ');
    expect(editLine('e\u0301', special('Backspace')).value).toBe('');
    expect(editLine('', special('Backspace')).value).toBe('');
  });
  it('Enter submits and Esc cancels, keeping the text', () => {
    expect(editLine('rain', special('Enter'))).toEqual({ value: 'rain', done: 'submit' });
    expect(editLine('rain', special('Esc'))).toEqual({ value: 'rain', done: 'cancel' });
  });
  it('never inserts control characters; pasted newlines become spaces', () => {
    expect(editLine('a', { name: 'x', text: 'b\x1b[31mc\x07' }).value).toBe('ab[31mc');
    expect(editLine('', { name: 'x', text: 'one\ntwo' }).value).toBe('one two');
    expect(editLine('a', special('Tab')).value).toBe('a');
    expect(editLine('a', special('Ctrl-A')).value).toBe('a');
  });
  it('Ctrl-U clears the line and Ctrl-W removes the last word', () => {
    expect(editLine('some text', special('Ctrl-U')).value).toBe('');
    expect(editLine('some text ', special('Ctrl-W')).value).toBe('some ');
  });
});

describe('visibleTail', () => {
  it('keeps the end of a long value within the width', () => {
    expect(visibleTail('short', 10)).toBe('short');
    const t = visibleTail('a long line that is being typed', 10);
    expect(t.startsWith('…')).toBe(true);
    expect(t.endsWith('typed')).toBe(true);
    expect(displayWidth(t)).toBeLessThanOrEqual(10);
    expect(displayWidth(visibleTail('三体地球往事三体地球往事', 7))).toBeLessThanOrEqual(7);
  });
});
