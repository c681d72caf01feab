import { describe, expect, it } from 'vitest';
import { idFromPath, titleFromPath, uniqueIds } from '../../src/core/work-id.js';
import { naturalCompare } from '../../src/core/natural-sort.js';
import { resolveWork } from '../../src/core/resolve-work.js';
import type { WorkSummary } from '../../src/core/types.js';

describe('work ids', () => {
  it('come from the file name, are readable and contain no dots', () => {
    expect(idFromPath('000_55ebb60814069135.txt')).toBe('000_55ebb60814069135');
    expect(idFromPath('Harry Potter/ch.1 draft.v2.txt')).toBe('Harry-Potter-ch-1-draft-v2');
    expect(idFromPath('红楼梦.txt')).toBe('红楼梦');
  });

  it('are the same for plain ASCII paths (their quick way) as the general rules give', async () => {
    const fc = (await import('fast-check')).default;
    const general = (p: string) =>
      p.replace(/\.txt$/i, '').split('/').filter(Boolean).join('-').replace(/[.\s]+/g, '-').replace(/[^\p{L}\p{N}_\-]+/gu, '-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '') || 'work';
    const unit = fc.constantFrom(...'aZ09_-/.', ' ', 'é');
    fc.assert(fc.property(fc.string({ unit, maxLength: 14 }), fc.boolean(), (p, txt) => {
      const path = txt ? `${p}.txt` : p;
      expect(idFromPath(path)).toBe(general(path));
    }), { numRuns: 3000 });
    expect(idFromPath('fandom-3//--story--1-.txt')).toBe('fandom-3-story-1');
    expect(idFromPath('-/.txt')).toBe('work');
  });

  it('stay unique when two paths give the same id', () => {
    expect(uniqueIds(['a.b.txt', 'a-b.txt', 'c.txt'])).toEqual(['a-b', 'a-b-2', 'c']);
    // The tie-break never lands on another file's own id.
    expect(uniqueIds(['a b.txt', 'a-b-2.txt', 'a.b.txt'])).toEqual(['a-b', 'a-b-2', 'a-b-3']);
  });

  it('titles a work from its file name when the text names none', () => {
    expect(titleFromPath('shelf/My Story.txt')).toBe('My Story');
  });
});

describe('natural sort', () => {
  it('puts chapter-2 before chapter-10', () => {
    expect(['chapter-10.txt', 'chapter-2.txt', 'chapter-1.txt'].sort(naturalCompare)).toEqual([
      'chapter-1.txt', 'chapter-2.txt', 'chapter-10.txt',
    ]);
  });
});

describe('resolveWork', () => {
  const work = (id: string, title: string) => ({ id, title }) as WorkSummary;
  const works = [work('alpha-one', 'The Long Road'), work('alpha-two', 'Short Tales'), work('beta', 'Beta Story')];

  it('finds by id, by title and by unambiguous prefix, case-insensitively', () => {
    expect(resolveWork(works, 'beta')).toEqual({ work: works[2] });
    expect(resolveWork(works, 'the long road')).toEqual({ work: works[0] });
    expect(resolveWork(works, 'alpha-t')).toEqual({ work: works[1] });
    expect(resolveWork(works, 'SHORT')).toEqual({ work: works[1] });
  });

  it('ignores accents both ways, and keeps kana voicing apart', () => {
    const accented = [work('cafe-resume', 'Café Résumé'), work('zoe', 'Zoë'), work('ga', 'がっこう'), work('ka', 'かっこう')];
    expect(resolveWork(accented, 'Cafe')).toEqual({ work: accented[0] });
    expect(resolveWork(accented, 'résumé')).toEqual({ work: accented[0] });
    expect(resolveWork(accented, 'ZOË')).toEqual({ work: accented[1] });
    expect(resolveWork(accented, 'がっこう')).toEqual({ work: accented[2] });
    expect(resolveWork(accented, 'かっこう')).toEqual({ work: accented[3] });
  });

  it('reaches each of two works whose ids differ only in case by its exact id', () => {
    const pair = [work('A', 'A'), work('a', 'a')];
    expect(resolveWork(pair, 'A')).toEqual({ work: pair[0] });
    expect(resolveWork(pair, 'a')).toEqual({ work: pair[1] });
  });

  it('says ambiguous with the candidates, and offers close matches for typos', () => {
    expect(resolveWork(works, 'alpha')).toEqual({ error: 'ambiguous', candidates: [works[0], works[1]] });
    const typo = resolveWork(works, 'betq');
    expect(typo).toMatchObject({ error: 'unknown' });
    expect('candidates' in typo && typo.candidates).toContain(works[2]);
  });
});
