import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectStructure } from '../../src/core/detect-structure.js';
import { expectCovering, loadText, partsOf, same } from './structure-helpers.js';

const dir = new URL('../../../shared/corpus/', import.meta.url);

interface Truth {
  title: string | null;
  author: string | null;
  parts: number;
  part_titles_first3?: (string | null)[];
  part_titles_last?: string | null;
}
interface Entry {
  file: string;
  hard_wrapped: boolean;
  truth: Truth;
}

/** The number of corpus files that must stay exact (raise it when the detector improves). */
const MIN_EXACT = 18;

// The corpus sits beside the project (../shared/corpus), never inside it; a checkout without it skips these.
const haveCorpus = existsSync(new URL('MANIFEST.json', dir));
if (!haveCorpus) console.warn('corpus: ../shared/corpus not found, corpus tests skipped');

describe.skipIf(!haveCorpus)('real corpus (shared/corpus/MANIFEST.json)', () => {
  it(`matches the hand-checked truth for at least ${MIN_EXACT} files`, () => {
    const manifest = JSON.parse(readFileSync(new URL('MANIFEST.json', dir), 'utf8')) as Entry[];
    let exact = 0;
    const misses: string[] = [];
    for (const e of manifest) {
      const text = loadText(readFileSync(new URL(e.file, dir)));
      const s = detectStructure(text);
      expectCovering(s, text);
      const parts = partsOf(s);
      const t = e.truth;
      const m: string[] = [];
      if (parts.length !== t.parts) m.push(`parts ${parts.length} != ${t.parts}`);
      (t.part_titles_first3 ?? []).forEach((want, i) => {
        if (want && !same(parts[i]?.title, want)) m.push(`part ${i + 1} ${parts[i]?.title} !~ ${want}`);
      });
      if (t.part_titles_last && !same(parts.at(-1)?.title, t.part_titles_last)) {
        m.push(`last ${parts.at(-1)?.title} !~ ${t.part_titles_last}`);
      }
      if (t.title && !same(s.title, t.title)) m.push(`title ${s.title} !~ ${t.title}`);
      if (t.author && !same(s.author, t.author)) m.push(`author ${s.author} !~ ${t.author}`);
      if (m.length) misses.push(`${e.file}: ${m.join('; ')}`);
      else exact++;
    }
    console.log(`corpus: ${exact}/${manifest.length} exact${misses.length ? `\n  ${misses.join('\n  ')}` : ''}`);
    expect(exact).toBeGreaterThanOrEqual(MIN_EXACT);
  });

  it('flags hard-wrapped prose as the manifest does', () => {
    const manifest = JSON.parse(readFileSync(new URL('MANIFEST.json', dir), 'utf8')) as Entry[];
    const wrong = manifest.filter((e) => detectStructure(loadText(readFileSync(new URL(e.file, dir)))).hardWrapped !== e.hard_wrapped);
    expect(wrong.map((e) => e.file)).toEqual([]);
  });

  it('structures an 11 MB book (the largest corpus file three times) into all its parts', () => {
    // Speed is measured by `npm run bench`; this checks that size alone breaks nothing.
    const text = loadText(readFileSync(new URL('fanfic-hpmor.txt', dir)));
    const parts = detectStructure(text + '\n\n\n\n\n' + text + '\n\n\n\n\n' + text).sections.filter((s) => s.kind === 'part');
    expect(parts.length).toBeGreaterThanOrEqual(122);
  });
});

