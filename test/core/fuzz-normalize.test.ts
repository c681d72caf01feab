/**
 * Property test: normalizeText's shortcut for clean text (one scan, then the
 * text as it is) gives exactly what every clean-up pass would, for any text,
 * so skipping the passes can never let a control character through or drop
 * a character the reader should see.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normalizeEveryPass, normalizeText } from '../../src/core/normalize.js';
import { TIMEOUT, fictionText, runs, structuredText } from './arbitraries.js';

/**
 * Characters on both sides of every edge of the set the shortcut looks for,
 * the pieces of escape sequences, joiners between letters and in emoji, and
 * plain text: clean and dirty strings, each a character away from the other.
 */
const EDGES = [
  '\u0000', '\u0007', '\u0008', '\t', '\n', '\u000b', '\r', '\u001b', '\u001f', ' ', '~', '\u007f', '\u0080', '\u0090',
  '\u0098', '\u009b', '\u009c', '\u009d', '\u009f', '\u00a0', '\u061b', '\u061c', '\u061d', '\u180d', '\u180e', '\u180f',
  '\u200a', '\u200b', '\u200c', '\u200d', '\u200e', '\u200f', '\u2010', '\u2027', '\u2028', '\u2029', '\u202a', '\u202e',
  '\u202f', '\u205f', '\u2060', '\u2066', '\u206f', '\u2070', '\ufefe', '\ufeff', '\uff00', '\ufff8', '\ufff9', '\ufffb',
  '\ufffc', '[', ']', 'P', '\\', '2J', '0;title', 'a', 'é', '—', '中', '👩', '\ud83d', '\udc69',
];
const nearEdges = fc.array(fc.constantFrom(...EDGES), { maxLength: 40 }).map((cs) => cs.join(''));

/** Mostly clean prose with, sometimes, one character from the edge list spliced in. */
const prose = fc.oneof(fictionText, structuredText).map((t) => t.replace(/[\r]/g, ''));
const spliced = fc.tuple(prose, fc.constantFrom(...EDGES), fc.nat()).map(([t, c, at]) => {
  const i = t.length ? at % t.length : 0;
  return t.slice(0, i) + c + t.slice(i);
});

const text = fc.oneof(
  { weight: 3, arbitrary: prose },
  { weight: 3, arbitrary: spliced },
  { weight: 3, arbitrary: nearEdges },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 80 }) },
);

describe('normalizeText', () => {
  it(
    'gives the same text with or without the shortcut for clean text, for any input',
    () => {
      fc.assert(
        fc.property(text, (t) => {
          expect(normalizeText(t)).toBe(normalizeEveryPass(t));
        }),
        runs(3000),
      );
    },
    TIMEOUT,
  );

  it('leaves clean prose exactly as it is and still cleans a file with one control sequence in it', () => {
    const clean = '“Wait,” she said — café, 中文, 👍.\n\n\tNext line.\n';
    expect(normalizeText(clean)).toBe(clean);
    expect(normalizeText(`${clean}\u001b[2J\r\nEnd`)).toBe(`${clean}\nEnd`);
  });
});
