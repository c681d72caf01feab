/**
 * The full-screen pages reached from the reader: contents, bookmarks, help
 * and details. Each is its own component with its own keymap; this only
 * picks one and wires its callbacks.
 */
import React from 'react';
import type { Bookmark } from '../io/store-data.js';
import type { LoadedWork, Position } from '../core/types.js';
import { BookmarksScreen } from './BookmarksScreen.js';
import { ContentsScreen } from './ContentsScreen.js';
import { DetailsScreen } from './DetailsScreen.js';
import { HelpScreen } from './HelpScreen.js';

/** What can cover the page: full-screen views, or a prompt under the page. */
export type Overlay = 'contents' | 'bookmarks' | 'help' | 'details' | 'search' | 'note';

/** Props of {@link ReaderOverlay}. */
export interface ReaderOverlayProps {
  overlay: Exclude<Overlay, 'search' | 'note'>;
  work: LoadedWork;
  position: Position;
  bookmarks: Bookmark[];
  /** Parts (0-based ordinals) read to their end, marked in the contents. */
  readParts: ReadonlySet<number>;
  columns: number;
  rows: number;
  onClose(): void;
  onJump(position: Position): void;
  onBookmarks(list: Bookmark[]): void;
}

/** Draws the chosen full-screen overlay. */
export function ReaderOverlay(p: ReaderOverlayProps) {
  const size = { width: p.columns, height: p.rows };
  switch (p.overlay) {
    case 'contents':
      return (
        <ContentsScreen
          work={p.work}
          current={p.position.section}
          readSections={readSections(p.work, p.readParts)}
          {...size}
          onJump={(section) => p.onJump({ section, offset: 0 })}
          onClose={p.onClose}
        />
      );
    case 'bookmarks':
      return <BookmarksScreen work={p.work} bookmarks={p.bookmarks} {...size} onJump={p.onJump} onChange={p.onBookmarks} onClose={p.onClose} />;
    case 'help':
      return <HelpScreen screen="reader" {...size} onClose={p.onClose} />;
    case 'details':
      return <DetailsScreen work={p.work} {...size} onClose={p.onClose} />;
  }
}

/** Section indexes of the parts read (the contents screen marks sections). */
function readSections(work: LoadedWork, parts: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  let n = -1;
  work.sections.forEach((s, i) => {
    if (s.kind === 'part' && parts.has(++n)) out.add(i);
  });
  return out;
}
