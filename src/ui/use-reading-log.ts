/**
 * What reading leaves behind, besides the page on screen: the place saved
 * (with the text around it, so it survives a re-downloaded file), the parts
 * read (paged through to their end, see reachedByReading), the reading speed
 * learned from page times, and the reading time for `fic-read stats`.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { fingerprintOf } from '../core/fingerprint.js';
import { anchorAt } from '../core/re-anchor.js';
import { reachedByReading } from '../core/reader-state.js';
import { activeMs, countsForSpeed, initialSpeed, recordPage, wpm as wpmOf, type Speed } from '../core/reading-speed.js';
import { storyProgress } from '../core/story-progress.js';
import { partNumber } from '../core/start-position.js';
import type { LoadedWork, Position } from '../core/types.js';
import type { PositionSaver } from '../io/position-saver.js';
import type { StateStore } from '../io/store-data.js';

/** The page on screen, as the log needs it. */
export interface ShownPage {
  /** The reader state's position object itself, not a copy: it carries how it was reached (see reachedByReading). */
  position: Position;
  /** Words on the page (for speed). */
  words: number;
  /** The page shows the end of its section. */
  atEnd: boolean;
  /** The page shows the start of its section. */
  atStart: boolean;
}

const today = (now: number) => new Date(now).toISOString().slice(0, 10);

/** Logs reading of `work`; returns the learned words per minute and the parts read. */
export function useReadingLog(work: LoadedWork, page: ShownPage, store: StateStore, saver: PositionSaver, initialRead: number[]) {
  // Read once per opened work, not on every page turn (the store reads its file).
  const [first] = useState(() => ({ speed: store.getSettings().speed ?? initialSpeed(), print: fingerprintOf(work) }));
  // `initialRead` is already in this version's parts (resumeWork mapped it: an inserted or rewritten part is unread).
  const [read, setRead] = useState(() => new Set(initialRead));
  const speed = useRef<Speed>(first.speed);
  const shown = useRef({ at: Date.now(), words: page.words });
  const print = useRef(first.print);
  const { section, offset } = page.position;
  /** Marks section `index` read (a part only): paged through to its end, or paged on from it (see ReaderScreen). */
  const markRead = (index: number) => {
    if (work.sections[index]?.kind !== 'part') return;
    const n = partNumber(work, index) - 1;
    setRead((r) => (r.has(n) ? r : new Set(r).add(n)));
  };

  // Paged through to a part's end: it counts as read (a jump to its end does not). A part that fits on one
  // page was not paged through by arriving on it: it counts once paged on from (see ReaderScreen).
  useEffect(() => {
    if (page.atEnd && !page.atStart && reachedByReading(page.position)) markRead(section);
  }, [page.atEnd, page.atStart, page.position]);

  // In the commit that draws the page, not a turn later: a signal (SIGTSTP, SIGTERM) that arrives once
  // the page is on screen must find it already handed to the saver.
  useLayoutEffect(() => {
    // The page that was on screen until now: its time teaches the speed and counts in the stats.
    const now = Date.now();
    const prev = { words: shown.current.words, ms: now - shown.current.at };
    shown.current = { at: now, words: page.words };
    if (prev.ms > 0 && prev.words > 0) {
      if (countsForSpeed(prev)) {
        speed.current = recordPage(speed.current, prev);
        store.setSettings({ speed: speed.current });
      }
      const ms = activeMs(prev.ms);
      if (ms >= 1000) saver.addReading(today(now), work.key, { ms, words: prev.words, pages: 1 });
    }
    saver.update({
      workId: work.key,
      section,
      offset,
      progress: storyProgress(work, page.position, page.atEnd),
      anchor: anchorAt(work, page.position),
      print: print.current,
      read: [...read].sort((a, b) => a - b),
      title: work.title,
      id: work.id,
    });
  }, [work, section, offset, read]);

  return { wpm: wpmOf(speed.current), read, markRead };
}
