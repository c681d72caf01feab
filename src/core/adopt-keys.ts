/**
 * A re-downloaded work whose opening was edited gets a new identity key, but
 * its saved place must still be found. When a work has no state under its
 * own key, a saved place whose version shares most of its parts' text (by
 * part hash) is taken to be the same work, and the work adopts that key.
 */
import type { WorkFingerprint } from './fingerprint.js';
import type { WorkSummary } from './types.js';

/** Saved places by key, as far as matching needs them. */
export type SavedPrints = Record<string, { print?: WorkFingerprint } | undefined>;

/**
 * Returns `works` with `key` replaced where an orphaned saved place matches:
 * at least half of the saved version's parts (and two or more, or all of a
 * one-part work) occur unchanged in the work. A key already used by a listed
 * work is never taken by another.
 */
export function adoptKeys<W extends Pick<WorkSummary, 'key' | 'partHashes'>>(works: W[], saved: SavedPrints): W[] {
  // Nothing saved with a fingerprint (a new reader): no set of 10,000 keys to build before the first frame.
  if (!Object.values(saved).some((place) => place?.print)) return works;
  const taken = new Set(works.map((w) => w.key));
  const byHash = new Map<string, string[]>();
  for (const [key, place] of Object.entries(saved)) {
    if (taken.has(key) || !place?.print) continue;
    for (const p of place.print.parts) {
      if (!p.hash) continue;
      const list = byHash.get(p.hash);
      if (list) list.push(key);
      else byHash.set(p.hash, [key]);
    }
  }
  if (byHash.size === 0) return works;
  return works.map((w) => {
    if (saved[w.key]) return w;
    const votes = new Map<string, number>();
    for (const h of new Set(w.partHashes)) for (const key of byHash.get(h) ?? []) votes.set(key, (votes.get(key) ?? 0) + 1);
    let best: string | null = null;
    let bestVotes = 0;
    for (const [key, n] of votes) {
      const parts = saved[key]!.print!.parts.length;
      const enough = n * 2 >= parts && (n >= 2 || parts === 1);
      if (enough && n > bestVotes && !taken.has(key)) {
        best = key;
        bestVotes = n;
      }
    }
    if (!best) return w;
    taken.add(best);
    return { ...w, key: best };
  });
}
