import { describe, expect, it } from 'vitest';
import { safeJson, safeLine, stripSequences } from '../../src/core/safe-text.js';

describe('safe-text', () => {
  it('shows invisible format characters in a name as �, and a line separator as a space', () => {
    expect(safeLine('a\u200bb\u061cc\u2066d\u2028e')).toBe('a\uFFFDb\uFFFDc\uFFFDd e');
  });

  it('keeps the joiners a Persian word or an emoji family needs, and drops stray ones', () => {
    expect(safeLine('می\u200cخواهم 👩\u200d👩\u200d👧 x\u200d')).toBe('می\u200cخواهم 👩\u200d👩\u200d👧 x');
  });

  it('writes every unsafe character in JSON as an escape, so the value reads back exact', () => {
    const name = 'evil\u202e\u200b\u200d\u009b2J\u2028.txt';
    const json = safeJson({ name });
    expect(json).not.toMatch(/[\u0080-\u009f\u200b-\u200f\u2028-\u202e]/);
    expect(JSON.parse(json).name).toBe(name);
  });

  it('removes whole escape sequences, but an unterminated title string only loses its opening ESC ]', () => {
    expect(stripSequences('a\x1b[2Jb\x1b]0;title\x07c\u009b31md')).toBe('abcd');
    expect(stripSequences('a\x1b]0;no end\nnext line')).toBe('a0;no end\nnext line');
  });
});
