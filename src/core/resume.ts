/**
 * Where a work reopens, and what becomes of its bookmarks, when the file may
 * have changed since it was last read (a re-download with new chapters, an
 * edited paragraph). Saved places carry an anchor (the text around them) and
 * the fingerprint of the version they refer to; when the version differs the
 * place is found again by its text, never kept as a raw offset.
 */
import { compareVersions, describeChange, fingerprintOf, type VersionChange, type WorkFingerprint } from './fingerprint.js';
import { reAnchor, type Anchor } from './re-anchor.js';
import { partSection, startPosition } from './start-position.js';
import type { LoadedWork, Position } from './types.js';

/** What was saved for a work (a subset of the store's SavedPosition). */
export interface SavedPlace extends Position {
  anchor?: Anchor;
  print?: WorkFingerprint;
  read?: number[];
}

/** A place that can move with the text (a bookmark). */
export interface Anchored extends Position {
  anchor?: Anchor;
}

/** Result of {@link resumeWork}. */
export interface Resume<B extends Anchored> {
  position: Position;
  /** Bookmarks moved to where their text is now (same order). */
  bookmarks: B[];
  /** What changed since the last read, or null when nothing did (or it was never read). */
  change: VersionChange | null;
  /** A line for the status bar, or null. */
  message: string | null;
}

/** The change between the version a place refers to and `work`, or null when unknown or none. */
export function versionChange(work: Parameters<typeof fingerprintOf>[0], print: WorkFingerprint | undefined): VersionChange | null {
  if (!print) return null;
  const change = compareVersions(print, fingerprintOf(work));
  return change.changed || change.newParts > 0 ? change : null;
}

/** Finds the place and bookmarks in `work` as it is now. `part` (1-based) overrides the saved place. */
export function resumeWork<B extends Anchored>(work: LoadedWork, saved: SavedPlace | undefined, bookmarks: B[], part?: number): Resume<B> {
  const change = versionChange(work, saved?.print);
  const moved = change
    ? bookmarks.map((b) => (b.anchor ? { ...b, ...reAnchor(b.anchor, work).position } : b))
    : bookmarks;
  if (part !== undefined || !saved) return { position: startPosition(work, undefined, part), bookmarks: moved, change, message: null };
  if (!change || !saved.anchor) return { position: startPosition(work, saved), bookmarks: moved, change, message: null };
  const oldParts = saved.print?.parts.length ?? 0;
  // Finished the old last part and new ones came: start the first new part.
  if (change.newParts > 0 && saved.read?.includes(oldParts - 1)) {
    return {
      position: { section: partSection(work, oldParts + 1), offset: 0 },
      bookmarks: moved,
      change,
      message: `${describeChange(change)} since you last read: this is the first new one.`,
    };
  }
  const found = reAnchor(saved.anchor, work);
  const message = found.lost
    ? 'The passage you were reading is not in the new version of this work: opened at the start of its part.'
    : `This work was updated (${describeChange(change)}): you are at the same passage.`;
  return { position: found.position, bookmarks: moved, change, message };
}
