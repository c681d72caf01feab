/**
 * A compact summary of a work's parts, stored with the reading position, so
 * that when the file is re-downloaded fic-read can tell "+3 new parts" (parts
 * appended, the old ones as they were) from "updated" (text changed elsewhere).
 */
import { detectHeadingLines } from './parse-blocks.js';
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
  /** Parts added at the end while most old ones kept their text. */
  newParts: number;
  /** True when any old part's text differs or parts were removed. */
  changed: boolean;
  /** True when an old part other than the last one changed, or parts were removed (the old last part's end note is often edited when a chapter is posted). */
  edited: boolean;
}

/**
 * A part's text without its heading lines. The heading is left out of hashes
 * because authors rename chapters ("Chapter 3" → "Chapter 3: The Storm") and a
 * one-shot gains a "Chapter 1" heading when a second chapter is posted.
 */
export function partBody(work: LoadedWork, section: Section): string {
  const text = work.text.slice(section.start, section.end);
  let skip = detectHeadingLines(text, section);
  if (skip === 0) return text;
  let i = 0;
  while (i < text.length && skip > 0) {
    const nl = text.indexOf('\n', i);
    const line = text.slice(i, nl < 0 ? text.length : nl);
    if (line.trim()) skip--;
    i = nl < 0 ? text.length : nl + 1;
  }
  return text.slice(i);
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

/**
 * Compares a stored fingerprint with the current version. Parts are matched by
 * position; the old last part may differ when parts were appended, because
 * authors routinely edit the previous chapter's end note when posting the next
 * (and FanFicFare moves its "End file." line to the new end).
 */
export function compareVersions(old: WorkFingerprint, now: WorkFingerprint): VersionChange {
  const n = old.parts.length;
  let changed = now.parts.length < n;
  let same = 0;
  let edited = now.parts.length < n;
  for (let i = 0; i < Math.min(n, now.parts.length); i++) {
    if (old.parts[i].hash === now.parts[i].hash) same++;
    else {
      changed = true;
      if (i < n - 1) edited = true;
    }
  }
  const added = now.parts.length - n;
  // Parts appended to a work whose old parts are mostly as they were (a typo fixed, a note edited) are still new parts.
  const mostlySame = n === 0 || same * 2 >= n || (n === 1 && added > 0);
  return { newParts: added > 0 && mostlySame ? added : 0, changed, edited };
}

/** What the library shows for a change: `+3 new parts`, `+1 new part, updated`, `updated`, or null when nothing changed. */
export function describeChange(change: VersionChange): string | null {
  const updated = change.edited || (change.changed && change.newParts === 0);
  if (change.newParts > 0) return `+${change.newParts} new part${change.newParts === 1 ? '' : 's'}${updated ? ', updated' : ''}`;
  return updated ? 'updated' : null;
}
