/**
 * A compact summary of a work's parts, stored with the reading position, so
 * that when the file is re-downloaded fic-read can tell "+3 new parts" (parts
 * appended, the old ones as they were) from "updated" (text changed elsewhere).
 */
import { partBodyStart } from './part-scan.js';
import { textHash } from './text-hash.js';
import type { LoadedWork, Section, WorkSummary } from './types.js';

/** One part of a {@link WorkFingerprint}. */
export interface PartPrint {
  title: string | null;
  /** {@link textHash} of the part's text without its heading. */
  hash: string;
  words: number;
}

/** Plain JSON: safe to store next to a saved position. */
export interface WorkFingerprint {
  parts: PartPrint[];
  /** The work's story words (parts only). */
  total: number;
}

/** What changed between two versions of a work. */
export interface VersionChange {
  /** Parts added (at the end, or inserted between old ones) while most old ones kept their text. */
  newParts: number;
  /** True when any old part's text differs or parts were removed. */
  changed: boolean;
  /**
   * True when an old part other than the last one changed, the old last part
   * was rewritten, or parts were removed (a light edit of the old last part is
   * not counted: its end note is often edited when a chapter is posted).
   */
  edited: boolean;
}

/**
 * What became of one part of the new version. `same`: its text is unchanged.
 * `amended`: the old last part with a little added or cut (an end note,
 * FanFicFare's "End file." moving on): still read. `edited`: another old part
 * whose text changed: read, though the work counts as updated. `rewritten`:
 * the old last part replaced or much grown (a placeholder note replaced by the
 * chapter): not read in this form. `new`: added, at the end or in between.
 */
export type PartFate = 'same' | 'amended' | 'edited' | 'rewritten' | 'new';

/** One part of the new version matched to the old one. */
export interface PartLink {
  /** The old part (0-based) this part is a version of, or -1 for a new part. */
  from: number;
  fate: PartFate;
}

/** How two versions' parts correspond: one link per part of the new version, and how many old parts are gone. */
export interface PartMatch {
  links: PartLink[];
  removed: number;
}

/**
 * A part's text without its heading lines. The heading is left out of hashes
 * because authors rename chapters ("Chapter 3" → "Chapter 3: The Storm") and a
 * one-shot gains a "Chapter 1" heading when a second chapter is posted.
 */
export function partBody(work: LoadedWork, section: Section): string {
  return work.text.slice(partBodyStart(work.text, section), section.end);
}

/** The fingerprint of a loaded work. */
export function fingerprintWork(work: LoadedWork): WorkFingerprint {
  const parts = work.sections
    .filter((s) => s.kind === 'part')
    .map((s) => ({ title: s.title, hash: textHash(partBody(work, s)), words: s.words }));
  return { parts, total: work.words };
}

/** The fingerprint of a work as the library index keeps it (hashes computed at load time). */
export function fingerprintOf(work: Pick<WorkSummary, 'parts' | 'partHashes' | 'words'>): WorkFingerprint {
  return {
    parts: work.parts.map((p, i) => ({ title: p.title, hash: work.partHashes[i] ?? '', words: p.words })),
    total: work.words,
  };
}

/** Words an old last part may grow by and still count as read: an end note added, not a chapter. */
const growthAllowed = (words: number): number => Math.max(40, words / 5);
/** A title compared loosely: case, spaces and punctuation left out. */
const titleKey = (t: string | null): string => (t ?? '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * Whether the old last part, changed, still reads as what the reader read.
 * Only hashes, titles and word counts are known of the new version (the
 * library index keeps no text), so: a new title that is not the old one
 * extended ("Author's Note" → "A Light In The Window", not "Chapter 5" →
 * "Chapter 5: Fog"), or many more words, means another text took its place.
 * A false alarm only costs a page: resuming then shows the reader's old
 * passage in that part again, when it is still there.
 */
function amendedOnly(was: PartPrint, now: PartPrint): boolean {
  const a = titleKey(was.title);
  const b = titleKey(now.title);
  if (a && b && !a.startsWith(b) && !b.startsWith(a)) return false;
  return now.words - was.words <= growthAllowed(was.words);
}

/**
 * Matches the parts of two versions. Parts with the same text are matched
 * wherever they are, in order, so a part inserted mid-story shifts the rest
 * without making them "changed". Between two matches, the unmatched old parts
 * pair in order with the unmatched new ones (edited in place); new parts left
 * over are new, old ones left over were removed.
 */
export function matchParts(old: WorkFingerprint, now: WorkFingerprint): PartMatch {
  const n = old.parts.length;
  const m = now.parts.length;
  // Old indices by hash, and for each hash how far they have been used (matches only move forward).
  const byHash = new Map<string, { at: number[]; next: number }>();
  old.parts.forEach((p, i) => {
    const e = byHash.get(p.hash);
    if (e) e.at.push(i);
    else byHash.set(p.hash, { at: [i], next: 0 });
  });
  const match = new Array<number>(m).fill(-1);
  for (let j = 0, last = -1; j < m; j++) {
    const e = byHash.get(now.parts[j].hash);
    if (!e) continue;
    while (e.next < e.at.length && e.at[e.next] <= last) e.next++;
    if (e.next < e.at.length) last = match[j] = e.at[e.next++];
  }
  // For each new part, the old index of the next matched part after it (n when none): its gap's end.
  const gapEnd = new Array<number>(m);
  for (let j = m - 1, end = n; j >= 0; j--) {
    gapEnd[j] = end;
    if (match[j] >= 0) end = match[j];
  }
  const links: PartLink[] = [];
  let removed = 0;
  let o = 0; // the next old part not yet accounted for
  for (let j = 0; j < m; j++) {
    if (match[j] >= 0) {
      removed += match[j] - o;
      o = match[j] + 1;
      links.push({ from: match[j], fate: 'same' });
    } else if (o < gapEnd[j]) {
      const fate = o < n - 1 ? 'edited' : amendedOnly(old.parts[o], now.parts[j]) ? 'amended' : 'rewritten';
      links.push({ from: o++, fate });
    } else links.push({ from: -1, fate: 'new' });
  }
  return { links, removed: removed + n - o };
}

/** Compares a stored fingerprint with the current version (see {@link matchParts}; pass `match` when it is already known). */
export function compareVersions(old: WorkFingerprint, now: WorkFingerprint, match = matchParts(old, now)): VersionChange {
  const { links, removed } = match;
  const n = old.parts.length;
  const count = (fate: PartFate): number => links.filter((l) => l.fate === fate).length;
  const same = count('same');
  const added = count('new');
  const edited = removed > 0 || count('edited') + count('rewritten') > 0;
  const changed = edited || same < links.length;
  // Parts added to a work whose old parts are mostly as they were (a typo fixed, a note edited) are new parts;
  // when most of the text changed, "+N new" would be a guess.
  const mostlySame = n === 0 || same * 2 >= n || (n === 1 && added > 0);
  return { newParts: mostlySame ? added : 0, changed, edited };
}

/** What the library shows for a change: `+3 new parts`, `+1 new part, updated`, `updated`, or null when nothing changed. */
export function describeChange(change: VersionChange): string | null {
  const updated = change.edited || (change.changed && change.newParts === 0);
  if (change.newParts > 0) return `+${change.newParts} new part${change.newParts === 1 ? '' : 's'}${updated ? ', updated' : ''}`;
  return updated ? 'updated' : null;
}
