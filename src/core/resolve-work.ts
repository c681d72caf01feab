/**
 * Finds the work a user means by `<work>` on the command line: an id, a
 * title, or an unambiguous prefix of either, or a word from inside one
 * (case and accents ignored).
 */
import { foldText } from './fold-text.js';
import type { WorkSummary } from './types.js';

/** Either the work, or why not and what the user might have meant. */
export type Resolution<W extends WorkSummary> =
  | { work: W }
  | { error: 'unknown' | 'ambiguous'; candidates: W[] };

const fold = (s: string) => foldText(s).trim();

/** Resolves `name` against the library's works. */
export function resolveWork<W extends WorkSummary>(works: W[], name: string): Resolution<W> {
  const q = fold(name);
  if (!q) return { error: 'unknown', candidates: [] };
  // An id typed exactly is never ambiguous, even beside a work whose id differs only in case (`A` and `a`).
  const byId = works.filter((w) => w.id === name.trim());
  if (byId.length === 1) return { work: byId[0] };
  // Each name folded once: the steps below look at every work's up to four times.
  const folded = works.map((w) => ({ w, id: fold(w.id), title: fold(w.title) }));
  const pick = (test: (f: (typeof folded)[number]) => boolean) => folded.filter(test).map((f) => f.w);
  const exact = pick((f) => f.id === q || f.title === q);
  if (exact.length === 1) return { work: exact[0] };
  if (exact.length > 1) return { error: 'ambiguous', candidates: exact };
  const prefix = pick((f) => f.id.startsWith(q) || f.title.startsWith(q));
  if (prefix.length === 1) return { work: prefix[0] };
  if (prefix.length > 1) return { error: 'ambiguous', candidates: prefix };
  // A unique word from inside the id or title (`hpmor` for fanfic-hpmor) is clear enough too.
  const inside = pick((f) => f.id.includes(q) || f.title.includes(q));
  if (inside.length === 1) return { work: inside[0] };
  if (inside.length > 1) return { error: 'ambiguous', candidates: inside };
  const near = folded
    .map((f) => ({ w: f.w, d: Math.min(distance(q, f.id), distance(q, f.title.slice(0, q.length + 2))) }))
    .filter((x) => x.d <= Math.max(2, Math.floor(q.length / 3)))
    .sort((a, b) => a.d - b.d)
    .slice(0, 5)
    .map((x) => x.w);
  return { error: 'unknown', candidates: near };
}

/** Levenshtein distance, capped work: names are short. */
function distance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length];
}
