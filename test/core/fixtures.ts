/**
 * Hand-built LoadedWork fixtures for the core tests: a work from a list of
 * section texts, laid end to end (so section i's text is exactly texts[i]).
 */
import type { LoadedWork, Section, SectionKind, WorkSummary } from '../../src/core/types.js';

/** One section of a fixture: its text, or its text with kind/title. */
export type FixtureSection = string | { text: string; kind?: SectionKind; title?: string | null; subtitle?: string | null };

/** A LoadedWork whose sections are `sections`, in order; all 'part's with no title unless given. */
export function makeWork(sections: FixtureSection[], hardWrapped = false): LoadedWork {
  let text = '';
  const out: Section[] = [];
  for (const s of sections) {
    const spec = typeof s === 'string' ? { text: s } : s;
    const start = text.length;
    text += spec.text;
    out.push({
      kind: spec.kind ?? 'part',
      title: spec.title ?? null,
      subtitle: spec.subtitle ?? null,
      start,
      end: text.length,
      words: spec.text.split(/\s+/).filter(Boolean).length,
    });
  }
  const words = out.reduce((n, s) => n + s.words, 0);
  return {
    id: 'fixture', title: 'Fixture', author: null, path: 'fixture.txt', words,
    parts: out.filter((s) => s.kind === 'part').map((s) => ({ title: s.title, subtitle: s.subtitle, words: s.words })),
    meta: {}, bytes: text.length, mtimeMs: 0, text, sections: out, hardWrapped,
    identity: 'path:fixture.txt', key: 'fixture', status: 'unknown', partHashes: [],
  };
}

/** `n` numbered paragraphs of a few sentences each, blank-line separated, one per line. */
export function prose(n: number, tag = 'p'): string {
  const paras: string[] = [];
  for (let i = 0; i < n; i++) {
    paras.push(`${tag}${i} The rain came down over the valley and she waited by the window for the cab, counting the seconds between the flashes.`);
  }
  return `${paras.join('\n\n')}\n`;
}

/** A work summary for list tests: one 1,000-word part unless `over` says otherwise. */
export function summary(id: string, over: Partial<WorkSummary> = {}): WorkSummary {
  return {
    id,
    title: id,
    author: null,
    path: `${id}.txt`,
    words: 1000,
    parts: [{ title: 'Chapter 1', subtitle: null, words: 1000 }],
    meta: {},
    bytes: 1,
    mtimeMs: 0,
    identity: `path:${id}.txt`,
    key: id,
    status: 'unknown',
    partHashes: [],
    ...over,
  };
}

const SEED_WORDS = 'amber basket candle dancer ember falcon garnet harbor island jasmine kettle lantern meadow nickel orchard pepper quarry ribbon saddle timber umbrella velvet walnut yonder zephyr anchor bramble cobalt drizzle echo fennel glacier'.split(' ');

/** `n` words picked by a seeded generator (mulberry32): the same text every run, and no run of six words recurs elsewhere, as in real prose. */
export function seededWords(seed: number, n = 24): string {
  let s = seed;
  return Array.from({ length: n }, () => {
    s = (s + 0x6d2b79f5) | 0;
    let t = Math.imul(s ^ (s >>> 15), 1 | s);
    t ^= t + Math.imul(t ^ (t >>> 7), 61 | t);
    return SEED_WORDS[((t ^ (t >>> 14)) >>> 0) % SEED_WORDS.length];
  }).join(' ');
}
