/**
 * Property test: when a work is replaced by a version with text added above
 * the reader's place, the place (a bookmark, the saved position) moves with
 * its text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { anchorAt, reAnchor } from '../../src/core/re-anchor.js';
import type { LoadedWork } from '../../src/core/types.js';
import { TIMEOUT, proseLine, runs, structuredText } from './arbitraries.js';

const load = (text: string): LoadedWork => loadWork({ id: 'fuzz', path: 'fuzz.txt', files: [{ name: 'fuzz.txt', bytes: new TextEncoder().encode(text) }], mtimeMs: 0 });
const squash = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, ' ');

describe('keeping the place in a new version (property)', () => {
  it('a place found again exactly shows the same text as before', () => {
    fc.assert(
      fc.property(structuredText, fc.nat(), fc.nat(), proseLine, fc.nat(), (text, sec, off, added, where) => {
        const old = load(text);
        const section = sec % old.sections.length;
        const s = old.sections[section];
        const position = { section, offset: off % (s.end - s.start + 1) };
        // The new version: a line added at the start of some line above the place.
        const abs = s.start + position.offset;
        const lineStarts = [0, ...[...text.slice(0, abs).matchAll(/\n/g)].map((m) => m.index + 1)].filter((i) => i <= abs);
        const at = lineStarts[where % lineStarts.length];
        const next = load(`${text.slice(0, at)}${added}\n\n${text.slice(at)}`);
        const anchor = anchorAt(old, position);
        const found = reAnchor(anchor, next);
        const ns = next.sections[found.position.section];
        expect(ns, 'the place is in a section of the new version').toBeDefined();
        expect(found.position.offset).toBeGreaterThanOrEqual(0);
        expect(found.position.offset).toBeLessThanOrEqual(ns.end - ns.start);
        if (found.exact && anchor.after.trim().length >= 20) {
          const shown = squash(next.text.slice(ns.start + found.position.offset, ns.start + found.position.offset + 400)).trimStart();
          expect(shown.startsWith(anchor.after.trimStart().slice(0, 20)), `${JSON.stringify(anchor.after)} is shown, not ${JSON.stringify(shown.slice(0, 40))}`).toBe(true);
        }
      }),
      runs(150),
    );
  }, TIMEOUT);
});
