/** Shared by the structure tests: load text as the loader does, compare titles as check-structure.py does. */
import { decodeBytes } from '../../src/core/decode.js';
import { normalizeText } from '../../src/core/normalize.js';
import type { Section, Structure } from '../../src/core/types.js';

/** Decodes file bytes the way the loader does. */
export function loadText(bytes: Uint8Array): string {
  return normalizeText(decodeBytes(bytes).text);
}

/** The 'part' sections of a structure. */
export function partsOf(s: Structure): Section[] {
  return s.sections.filter((x) => x.kind === 'part');
}

/** check-structure.py's comparison: NFKC, lower case, non-word runs to spaces, substring either way. */
export function norm(s: string | null | undefined): string {
  return (s ?? '').normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}
export function same(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = norm(a);
  const y = norm(b);
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x));
}

/** Sections are contiguous, in order, and cover [0, text.length). */
export function expectCovering(s: Structure, text: string): void {
  let pos = 0;
  for (const sec of s.sections) {
    if (sec.start !== pos) throw new Error(`gap/overlap at ${pos}: section starts at ${sec.start}`);
    if (sec.end < sec.start) throw new Error(`section ends before it starts at ${sec.start}`);
    pos = sec.end;
  }
  if (pos !== text.length) throw new Error(`sections end at ${pos}, text at ${text.length}`);
}
