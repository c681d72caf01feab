/**
 * The data model shared by the loader, the CLI and the reader.
 *
 * A file (or a folder of chapter files) becomes a {@link Work}. Its decoded,
 * normalised text is cut into {@link Section}s: optional front matter, the
 * chapter-level parts a table of contents lists, and optional back matter
 * (e.g. the Project Gutenberg licence). Nothing is dropped: every character of
 * the file belongs to exactly one section, so everything stays readable.
 *
 * Positions are text, never pages: a {@link Position} is (section index,
 * character offset into that section's text). Pages are derived from it for
 * the current width.
 */

/** What a section is, for the table of contents and the status line. */
export type SectionKind = 'front' | 'part' | 'back';

/** A slice of a work's text. `start`/`end` index into {@link LoadedWork.text}. */
export interface Section {
  kind: SectionKind;
  /** Heading text, trimmed and whitespace-collapsed; null when the part has no heading. */
  title: string | null;
  /** A subtitle line under the heading (`Chapter 1` / `Prologue`), else null. */
  subtitle: string | null;
  start: number;
  end: number;
  words: number;
  /**
   * The heading of the level above chapters that the part belongs to
   * (`BOOK TWO: 1805`, `ACT II`, `Book the Second--the Golden Thread`), so
   * that identical chapter titles can be told apart. Null/absent when the work
   * has no such level (or for parts before its first group heading).
   */
  group?: string | null;
}

/** What `detectStructure` returns for one normalised text. */
export interface Structure {
  title: string | null;
  author: string | null;
  /** `Label: value` header fields, labels as written (e.g. `Rating`, `Spoilers`). */
  meta: Record<string, string>;
  /** Contiguous, in order, covering the whole text from 0 to text.length. */
  sections: Section[];
  /** True when prose is hard-wrapped at ~70-80 columns and must be re-flowed. */
  hardWrapped: boolean;
}

/** Per-part summary kept in the library index (no text). */
export interface PartSummary {
  title: string | null;
  subtitle: string | null;
  words: number;
  /** See {@link Section.group}. */
  group?: string | null;
}

/** Everything the library list needs about a work, without its text. */
export interface WorkSummary {
  /** Stable, readable, no dots (from the file or folder name). */
  id: string;
  /** From the text when it states one, else from the file name. */
  title: string;
  author: string | null;
  /** Relative to the library root, with `/` separators. Folder works end without a slash. */
  path: string;
  words: number;
  /** Chapter-level parts only (what a table of contents lists). */
  parts: PartSummary[];
  meta: Record<string, string>;
  /** Byte size and mtime of the source file(s), for cache validation. */
  bytes: number;
  mtimeMs: number;
  /** What the work is, from its own text where it can (see work-identity.ts): survives renames and re-downloads. */
  identity: string;
  /** The state-file key derived from `identity` (no dots): positions and bookmarks are kept under it. */
  key: string;
  /** In progress or complete, from the header or an ending marker. */
  status: 'in-progress' | 'complete' | 'unknown';
  /** Hash of each part's text (heading left out), to tell "+2 new parts" from "updated". */
  partHashes: string[];
  /** Library paths of older downloads of the same work, shown in the details. */
  older?: string[];
  /** Set on entries from the list index (first frame): parts are placeholders, meta and part hashes empty. */
  partial?: boolean;
  /** Section boundaries of a single-file work, so reopening it skips structure detection (see work-layout.ts). */
  layout?: import('./work-layout.js').WorkLayout;
}

/** A work with its text, for reading. */
export interface LoadedWork extends WorkSummary {
  /** Decoded, LF-normalised, control-character-free text of the whole work. */
  text: string;
  /** All sections (front, parts, back), in order. `parts` above lists the 'part' ones. */
  sections: Section[];
  hardWrapped: boolean;
}

/** Something to cut text from: a string, or a view that decodes on demand (the indexer's byte path). */
export interface TextSource {
  readonly length: number;
  slice(start: number, end?: number): string;
}

/** A LoadedWork whose text may be such a view: what identity and status need. */
export type WorkView = Omit<LoadedWork, 'text'> & { text: TextSource };

/** A text block inside a section, for layout. Offsets are into the section's text. */
export type BlockKind = 'heading' | 'paragraph' | 'verse' | 'break';

export interface Block {
  kind: BlockKind;
  start: number;
  end: number;
}

/** Where the reader is: section index into LoadedWork.sections, char offset into that section's text. */
export interface Position {
  section: number;
  offset: number;
}

/** A problem with one input file; the scan goes on. */
export interface LoadWarning {
  path: string;
  reason: string;
}

/** A saved place in a work with a short snippet of its text and an optional note. */
export interface Bookmark {
  id: string;
  section: number;
  offset: number;
  snippet: string;
  note: string;
  createdAt: number;
  /** The text around the bookmark, to move it with the text when the file is updated. */
  anchor?: import('./re-anchor.js').Anchor;
}
