/**
 * A work's structure in a compact, cacheable form, so opening a work whose
 * file has not changed skips structure detection: decode, normalise, cut.
 * (Detection is most of the cost of opening a 10 MB book.)
 */
import { decodeBytes } from './decode.js';
import { normalizeText } from './normalize.js';
import type { LoadedWork, Section, SectionKind, WorkSummary } from './types.js';

/** Section kinds as one letter each (`f`, `p`, `b`), their boundaries and words. */
export interface WorkLayout {
  kinds: string;
  /** n+1 offsets: section i is [bounds[i], bounds[i+1]). */
  bounds: number[];
  words: number[];
  hardWrapped: boolean;
}

const KIND: Record<string, SectionKind> = { f: 'front', p: 'part', b: 'back' };

/** The layout of a loaded work. */
export function layoutOf(work: Pick<LoadedWork, 'sections' | 'hardWrapped'>): WorkLayout {
  return {
    kinds: work.sections.map((s) => s.kind[0]).join(''),
    bounds: [...work.sections.map((s) => s.start), work.sections[work.sections.length - 1]?.end ?? 0],
    words: work.sections.map((s) => s.words),
    hardWrapped: work.hardWrapped,
  };
}

/**
 * Rebuilds a LoadedWork from an unchanged file's bytes and its cached summary
 * and layout, or returns null when the text does not fit the layout (the
 * loader changed, or the cache is wrong): the caller then loads it fully.
 */
export function fromLayout(summary: WorkSummary, layout: WorkLayout, bytes: Uint8Array): LoadedWork | null {
  const text = normalizeText(decodeBytes(bytes).text);
  const n = layout.kinds.length;
  if (layout.bounds.length !== n + 1 || layout.bounds[n] !== text.length) return null;
  const sections: Section[] = [];
  let part = 0;
  for (let i = 0; i < n; i++) {
    const kind = KIND[layout.kinds[i]];
    if (!kind) return null;
    const p = kind === 'part' ? summary.parts[part++] : undefined;
    if (kind === 'part' && !p) return null;
    sections.push({
      kind,
      title: p?.title ?? null,
      subtitle: p?.subtitle ?? null,
      ...(p?.group !== undefined ? { group: p.group } : {}),
      start: layout.bounds[i],
      end: layout.bounds[i + 1],
      words: layout.words[i],
    });
  }
  if (part !== summary.parts.length) return null;
  return { ...summary, text, sections, hardWrapped: layout.hardWrapped };
}
