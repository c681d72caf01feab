/**
 * Property tests: at any width, layout shows every character of a section
 * once, in order, within the width; and pages derived from offsets are
 * stable, so the reader's place survives paging and re-layout.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { graphemesOf } from '../../src/core/graphemes.js';
import { alignLine, layoutSection, layoutWorkSection, type Line } from '../../src/core/layout.js';
import { loadWork } from '../../src/core/load-work.js';
import { lineIndexAt, pageLines } from '../../src/core/paginate.js';
import { parseBlocks } from '../../src/core/parse-blocks.js';
import { displayWidth } from '../../src/core/text-width.js';
import { isFlowSpace } from '../../src/core/wrap-text.js';
import { TIMEOUT, height, layoutText, noSpaceRun, runs, width } from './arbitraries.js';

const visible = (s: string) => s.replace(/\s+/gu, '');
const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** A line fits when it is no wider than the screen, or is one character that alone is wider (a CJK character at width 1). */
function fits(line: Line, w: number): boolean {
  const shown = alignLine(line, w);
  if (displayWidth(shown) <= w) return true;
  return [...graphemesOf(shown)].length === 1 && displayWidth(shown) > w;
}

/**
 * Every rule a laid-out section keeps; throws with the first broken one.
 * Lines are checked with plain comparisons (a narrow layout has thousands of
 * lines, and an `expect` per line would be most of the test's time).
 */
function expectGoodLayout(text: string, lines: Line[], w: number): void {
  const fail = (why: string, l: Line) => expect.fail(`${why}: ${JSON.stringify(l)} at width ${w}`);
  expect(lines.map((l) => visible(l.text)).join(''), 'every character shows once, in order').toBe(visible(text));
  const starts = new Set<number>();
  let at = 0;
  for (const g of graphemesOf(text)) {
    starts.add(at);
    at += g.length;
  }
  // Unicode joins a mark to the space before it, and a prepended sign (U+0600) to the space after it;
  // layout drops such spaces, so a line may start or end next to one.
  const between = (at: number) => at === text.length || starts.has(at) || isFlowSpace(text.charCodeAt(at - 1)) || isFlowSpace(text.charCodeAt(at));
  let prevEnd = 0;
  lines.forEach((l, i) => {
    if (!fits(l, w)) fail('the line is wider than the screen', l);
    if (l.start < prevEnd || l.end < l.start) fail('lines follow the text in order', l);
    if (l.kind !== 'blank') {
      if (!between(l.start) || !between(l.end)) fail('the line starts or ends inside a character', l);
      if (visible(l.text) !== visible(text.slice(l.start, l.end))) fail('the line shows other text than its offsets point at', l);
    }
    // The place kept for a page whose top is this line finds this line again.
    if (lineIndexAt(lines, l.start) !== i) fail(`line ${i} is not found again from its own offset`, l);
    prevEnd = l.end;
  });
}

const load = (text: string) => loadWork({ id: 'fuzz', path: 'fuzz.txt', files: [{ name: 'fuzz.txt', bytes: new TextEncoder().encode(text) }], mtimeMs: 0 });

describe('layout at any width (property)', () => {
  it('shows every character of a block once, in order, and no line is wider than the screen', () => {
    fc.assert(
      fc.property(layoutText, width, fc.boolean(), fc.nat({ max: 3 }), (text, w, hardWrapped, headingLines) => {
        expectGoodLayout(text, layoutSection(text, parseBlocks(text, hardWrapped, headingLines), w), w);
      }),
      runs(200),
    );
  }, TIMEOUT);

  it('lays out every section of a loaded work within the width, losing nothing', () => {
    fc.assert(
      fc.property(layoutText, width, (raw, w) => {
        const work = load(raw);
        work.sections.forEach((s, i) => expectGoodLayout(work.text.slice(s.start, s.end), layoutWorkSection(work, i, w), w));
      }),
      runs(100),
    );
  }, TIMEOUT);

  it('pages through a section without losing or repeating a line, and each page is found again from its offset', () => {
    fc.assert(
      fc.property(layoutText, width, height, fc.nat(), (text, w, h, at) => {
        const lines = layoutSection(text, parseBlocks(text, false), w);
        const shown: Line[] = [];
        let top = 0;
        while (top < lines.length) {
          shown.push(...pageLines(lines, top, h));
          if (top + h >= lines.length) break;
          // The reader keeps only the next page's top offset; the page must come back from it.
          const next = lineIndexAt(lines, lines[top + h].start);
          expect(next).toBe(top + h);
          // Previous page from there is this page.
          expect(lineIndexAt(lines, lines[Math.max(0, next - h)].start)).toBe(top);
          top = next;
        }
        expect(shown).toEqual(lines);
        // Any offset: the page holding it, re-derived from its top line's offset, is the same page.
        const offset = text.length ? at % (text.length + 1) : 0;
        const t = lineIndexAt(lines, offset);
        if (lines.length) expect(lineIndexAt(lines, lines[t].start)).toBe(t);
      }),
      runs(200),
    );
  }, TIMEOUT);
});

/** Long runs of what makes clusters long: flags, family emoji, letters under many accents. */
const clusterRun = fc
  .array(fc.oneof(noSpaceRun(700), fc.nat({ max: 900 }).map((n) => `a${'\u0301'.repeat(n)}`), fc.constantFrom('🇯🇵', '👩‍👩‍👧‍👦', 'x', ' ')), { maxLength: 8 })
  .map((xs) => xs.join(''));

describe('characters (property)', () => {
  it('long text is cut into the same characters the system sees: an emoji or an accented letter is never split', () => {
    fc.assert(
      fc.property(clusterRun, (s) => {
        expect([...graphemesOf(s)]).toEqual(Array.from(segmenter.segment(s), (x) => x.segment));
      }),
      runs(100),
    );
  }, TIMEOUT);
});
