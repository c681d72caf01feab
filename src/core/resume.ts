/**
 * Where a work reopens, and what becomes of its bookmarks, when the file may
 * have changed since it was last read (a re-download with new chapters, an
 * edited paragraph). Saved places carry an anchor (the text around them) and
 * the fingerprint of the version they refer to; when the version differs the
 * place is found again by its text, never kept as a raw offset.
 */
import { compareVersions, describeChange, fingerprintOf, matchParts, type PartMatch, type VersionChange, type WorkFingerprint } from './fingerprint.js';
import { isSamePart, reAnchor, type Anchor, type ReAnchored } from './re-anchor.js';
import { partNumber, partSection, startPosition } from './start-position.js';
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
  /** Parts (0-based, in this version) read in their current form. */
  read: number[];
}

/** The change between the version a place refers to and `work`, or null when unknown or none. */
export function versionChange(work: Parameters<typeof fingerprintOf>[0], print: WorkFingerprint | undefined): VersionChange | null {
  if (!print) return null;
  const change = compareVersions(print, fingerprintOf(work));
  return change.changed || change.newParts > 0 ? change : null;
}

/**
 * The parts of `now` (0-based) read in their current form: those read in the
 * version `print` describes (`read` counts its parts) whose text is still
 * what was read, wherever they moved. A rewritten old last part and new parts
 * are unread. Without `print` the ordinals are taken as they are.
 */
export function readInVersion(read: readonly number[], print: WorkFingerprint | undefined, now: WorkFingerprint): number[] {
  return print ? readFromMatch(read, matchParts(print, now)) : [...read];
}

/** {@link readInVersion} for two versions already matched. */
function readFromMatch(read: readonly number[], match: PartMatch): number[] {
  const was = new Set(read);
  return match.links.flatMap((l, j) => (l.from >= 0 && l.fate !== 'rewritten' && was.has(l.from) ? [j] : []));
}

/** Finds the place and bookmarks in `work` as it is now. `part` (1-based) overrides the saved place. */
export function resumeWork<B extends Anchored>(work: LoadedWork, saved: SavedPlace | undefined, bookmarks: B[], part?: number): Resume<B> {
  const print = saved?.print;
  const now = fingerprintOf(work);
  // One matching of the two versions serves the badge, the parts read and where to open.
  const match = print ? matchParts(print, now) : null;
  const found = print && match ? compareVersions(print, now, match) : null;
  const change = found && (found.changed || found.newParts > 0) ? found : null;
  const read = match ? readFromMatch(saved?.read ?? [], match) : [...(saved?.read ?? [])];
  const moved = change
    ? bookmarks.map((b) => (b.anchor ? { ...b, ...reAnchor(b.anchor, work).position } : b))
    : bookmarks;
  const base = { bookmarks: moved, change, read };
  if (part !== undefined || !saved) return { ...base, position: startPosition(work, undefined, part), message: null };
  if (!change || !saved.anchor || !print || !match) return { ...base, position: startPosition(work, saved), message: null };
  const place = reAnchor(saved.anchor, work);
  // Finished the old last part: open the first part not read in its current form (a new one, or the old last part rewritten).
  if (saved.read?.includes(print.parts.length - 1)) {
    const links = match.links;
    const next = links.findIndex((l) => l.fate === 'rewritten' || (l.fate === 'new' && change.newParts > 0));
    if (next >= 0) {
      const section = partSection(work, next + 1);
      const since = `${describeChange(change)} since you last read`;
      if (links[next].fate === 'new') return { ...base, position: { section, offset: 0 }, message: `${since}: this is the first new one.` };
      // The passage last seen still in it (text was added after it): back on that passage, the new text follows.
      const still = !place.lost && place.position.section === section;
      const message = `${since}: this part changed after you read it${still ? ', you are at the same passage' : ''}.`;
      return { ...base, position: still ? place.position : { section, offset: 0 }, message };
    }
  }
  const message = place.lost ? lostMessage(work, saved.anchor, place) : `This work was updated (${describeChange(change)}): you are at the same passage.`;
  return { ...base, position: place.position, message };
}

/** Where a lost passage's reader was put, said truthfully: the same part is only claimed when it is one. */
function lostMessage(work: LoadedWork, anchor: Anchor, found: ReAnchored): string {
  const gone = 'The passage you were reading is not in the new version of this work';
  const { section, offset } = found.position;
  if (offset > 0) return `${gone}: opened just after the text that came before it.`;
  if (isSamePart(anchor, work, section)) return `${gone}: opened at the start of its part.`;
  const s = work.sections[section];
  const name = s?.title ?? (s?.kind === 'part' ? `part ${partNumber(work, section)}` : s?.kind === 'front' ? 'the front matter' : 'the back matter');
  return `${gone}: opened at the start of ${name}.`;
}
