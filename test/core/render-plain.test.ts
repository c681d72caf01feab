import stringWidth from 'string-width';
import { describe, expect, it } from 'vitest';
import { renderPlain } from '../../src/core/render-plain.js';
import { makeWork } from './fixtures.js';

const work = makeWork(
  [
    { kind: 'front', text: 'Disclaimer: Not mine, don\'t sue.\nRating: PG-13\n' },
    {
      title: 'The Pool of Tears',
      subtitle: 'Chapter II',
      text: [
        'CHAPTER II.', 'The Pool of Tears', '',
        "'Curiouser and curiouser!' cried Alice (she was so much surprised, that",
        "for the moment she quite forgot how to speak good English).", '',
        '     \'How doth the little crocodile', '      Improve his shining tail,', '',
        '* * *', '', '大きな、みにくい都会でしか起きないのだ。彼やアリスが若いころ慣れ親しんだ農業地帯は、街や都会に住むすれっからしどもの興味を引くようなものを生み出しはしない。', '',
      ].join('\n'),
    },
    { kind: 'back', text: '\n\n' },
  ],
  true,
);

describe('renderPlain', () => {
  const out = renderPlain(work, 40);
  const lines = out.split('\n');

  it('ends with one newline and has no trailing spaces or control characters', () => {
    expect(out.endsWith('\n')).toBe(true);
    expect(out.endsWith('\n\n')).toBe(false);
    for (const l of lines) expect(l).toBe(l.trimEnd());
    // eslint-disable-next-line no-control-regex
    expect(out).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f]/);
  });

  it('never prints a line wider than the width, CJK included', () => {
    for (const l of lines) expect(stringWidth(l)).toBeLessThanOrEqual(40);
  });

  it('centers the heading and the scene break, keeps verse lines, re-flows prose', () => {
    expect(lines).toContain('              CHAPTER II.');
    expect(lines).toContain('           The Pool of Tears');
    expect(lines).toContain('                 * * *');
    expect(lines).toContain("  'How doth the little crocodile");
    expect(lines).toContain('   Improve his shining tail,');
    expect(lines).toContain("'Curiouser and curiouser!' cried Alice");
  });

  it('separates sections by a blank line and skips empty ones', () => {
    expect(lines.slice(0, 4)).toEqual(["Disclaimer: Not mine, don't sue.", 'Rating: PG-13', '', '              CHAPTER II.']);
  });

  it('renders one section on request, at 80 columns by default', () => {
    const one = renderPlain(work, undefined, 0);
    expect(one).toBe("Disclaimer: Not mine, don't sue.\nRating: PG-13\n");
    expect(renderPlain(work).split('\n')[3]).toBe(`${' '.repeat(34)}CHAPTER II.`);
  });
});
