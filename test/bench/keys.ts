/**
 * Key-press latency inside a running reader, in process: the reducer plus the
 * layout of whatever section the press lands in, with the layout cache the UI
 * keeps (src/ui/use-reader.ts), including its idle pre-wrapping of the
 * neighbouring sections between presses. Rendering by Ink is not included.
 */
import { performance } from 'node:perf_hooks';
import { readWork } from '../../src/io/scan-library.js';
import { createLayoutCache, layoutWorkSection } from '../../src/core/layout.js';
import { initialReaderState, layoutWidth, readerReducer, type ReaderAction, type ReaderContext, type ReaderState } from '../../src/core/reader-state.js';
import { MARGIN, prewrap } from '../../src/ui/use-reader.js';
import type { LoadedWork } from '../../src/core/types.js';
import { partSection } from '../../src/core/start-position.js';

export interface KeyTimes {
  /** Per-press times, ms. */
  times: number[];
  /** Sections laid out during the presses (so the reader sees boundaries were crossed). */
  sectionsCrossed: number;
}

export function loadBenchWork(root: string, rel: string): LoadedWork {
  const work = readWork(root, { path: rel, files: [rel] }, 'bench');
  if (!('text' in work)) throw new Error(`${work.path}: ${work.reason}`);
  return work;
}

/**
 * Presses `action` `count` times from the start of part `fromPart`, in a
 * cols×rows terminal, with a fresh layout cache (as when the work was just
 * opened: its first section is laid out before timing starts, like the first frame).
 */
export function timeKeys(work: LoadedWork, fromPart: number, action: ReaderAction, count: number, cols = 100, rows = 30): KeyTimes {
  const cache = createLayoutCache();
  const ctxFor = (s: ReaderState): ReaderContext => {
    const width = layoutWidth(s);
    return {
      sectionCount: work.sections.length,
      height: Math.max(1, s.rows),
      lines: (i) => cache.get(i, width, () => layoutWorkSection(work, i, width)),
    };
  };
  let state: ReaderState = {
    ...initialReaderState({ section: partSection(work, fromPart), offset: 0 }),
    columns: cols - 2 * MARGIN,
    rows: rows - 1,
  };
  ctxFor(state).lines(state.position.section);
  const times: number[] = [];
  const seen = new Set<number>([state.position.section]);
  for (let i = 0; i < count; i++) {
    const t0 = performance.now();
    state = readerReducer(state, action, ctxFor(state));
    // What the next frame needs: the lines of the section now shown.
    ctxFor(state).lines(state.position.section);
    times.push(performance.now() - t0);
    seen.add(state.position.section);
    // Between key presses the reader is idle and lays out the neighbouring sections, as the UI does.
    prewrap(ctxFor(state), state.position.section);
  }
  return { times, sectionsCrossed: seen.size - 1 };
}
