/**
 * Property tests: what the screens draw in a fixed number of columns (the
 * status line, truncated and padded cells) never runs past them.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { safeLine } from '../../src/core/safe-text.js';
import { statusLine } from '../../src/core/status-line.js';
import { displayWidth, padToWidth, truncateToWidth } from '../../src/core/text-width.js';
import { TIMEOUT, proseLine, runs, structuredText } from './arbitraries.js';

/** A loaded work, with `title` (cleaned as every title is: one safe line) in place of its own when given. */
const load = (text: string, title: string) => ({
  ...loadWork({ id: 'fuzz', path: 'fuzz.txt', files: [{ name: 'fuzz.txt', bytes: new TextEncoder().encode(text) }], mtimeMs: 0 }),
  ...(title.trim() ? { title: safeLine(title).replace(/\s+/g, ' ').trim() } : {}),
});
/** What a cell holds: text made one safe line, as every title, author and file name is before it is drawn. */
const cellText = fc.oneof(proseLine, fc.string({ unit: 'grapheme', maxLength: 30 })).map(safeLine);

describe('fitting text to the screen (property)', () => {
  it('the status line is never wider than the terminal', () => {
    fc.assert(
      fc.property(
        structuredText, fc.oneof(fc.constant(''), cellText), fc.nat(), fc.nat(), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 200 }), fc.integer({ min: 50, max: 1000 }), fc.boolean(),
        (text, title, sec, off, pages, width, wpm, atEnd) => {
          const work = load(text, title);
          const section = sec % work.sections.length;
          const len = work.sections[section].end - work.sections[section].start;
          const position = { section, offset: off % (len + 1) };
          const page = 1 + (off % pages);
          const line = statusLine(work, position, { page, pages }, width, wpm, atEnd);
          expect(displayWidth(line), JSON.stringify(line)).toBeLessThanOrEqual(width);
          expect(line).not.toMatch(/\n/);
        },
      ),
      runs(150),
    );
  }, TIMEOUT);

  it('a truncated cell fits its column and a padded cell fills it exactly', () => {
    fc.assert(
      fc.property(cellText, fc.integer({ min: 0, max: 60 }), fc.constantFrom('…', '', '...', '→'), (s, width, ellipsis) => {
        const cut = truncateToWidth(s, width, ellipsis);
        expect(displayWidth(cut)).toBeLessThanOrEqual(width);
        if (width > 0 && displayWidth(s) <= width) expect(cut, 'text that fits is shown whole').toBe(s);
        expect(displayWidth(padToWidth(s, width)), 'columns line up').toBe(width);
        // Right-aligned cells hold numbers; a lone skin-tone modifier or mark at the start would join the padding space.
        if (!/^[\p{M}\p{Emoji_Modifier}\u200d]/u.test(s)) expect(displayWidth(padToWidth(s, width, 'right'))).toBe(width);
      }),
      runs(300),
    );
  }, TIMEOUT);
});
