/**
 * Where a work reopens, and what becomes of its bookmarks, when the file may
 * have changed since it was last read (a re-download with new chapters, an
 * edited paragraph). Saved places carry an anchor (the text around them) and
 * the fingerprint of the version they refer to; when the version differs the
 * place is found again by its text, never kept as a raw offset.
 */
import { compareVersions, describeChange, fingerprintOf, matchParts, type VersionChange, type WorkFingerprint } from './fingerprint.js';
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
  if (!print) return [...read];
  const was = new Set(read);
  return matchParts(print, now).links.flatMap((l, j) => (l.from >= 0 && l.fate !== 'rewritten' && was.has(l.from) ? [j] : []));
}

/** Finds the place and bookmarks in `work` as it is now. `part` (1-based) overrides the saved place. */
export function resumeWork<B extends Anchored>(work: LoadedWork, saved: SavedPlace | undefined, bookmarks: B[], part?: number): Resume<B> {
  const change = versionChange(work, saved?.print);
  const moved = change
    ? bookmarks.map((b) => (b.anchor ? { ...b, ...reAnchor(b.anchor, work).position } : b))
    : bookmarks;
  if (part !== undefined || !saved) return { position: startPosition(work, undefined, part), bookmarks: moved, change, message: null };
  if (!change || !saved.anchor || !saved.print) return { position: startPosition(work, saved), bookmarks: moved, change, message: null };
  const found = reAnchor(saved.anchor, work);
  const print = saved.print;
  // Finished the old last part: open the first part not read in its current form (a new one, or the old last part rewritten).
  if (saved.read?.includes(print.parts.length - 1)) {
    const links = matchParts(print, fingerprintOf(work)).links;
    const next = links.findIndex((l) => l.fate === 'rewritten' || (l.fate === 'new' && change.newParts > 0));
    if (next >= 0) {
      const section = partSection(work, next + 1);
      const since = `${describeChange(change)} since you last read`;
      if (links[next].fate === 'new') {
        return { position: { section, offset: 0 }, bookmarks: moved, change, message: `${since}: this is the first new one.` };
      }
      // The passage last seen still in it (text was added after it): back on that passage, the new text follows.
      const still = !found.lost && found.position.section === section;
      const message = `${since}: this part changed after you read it${still ? ', you are at the same passage' : ''}.`;
      return { position: still ? found.position : { section, offset: 0 }, bookmarks: moved, change, message };
    }
  }
  const message = found.lost ? lostMessage(work, saved.anchor, found) : `This work was updated (${describeChange(change)}): you are at the same passage.`;
  return { position: found.position, bookmarks: moved, change, message };
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
