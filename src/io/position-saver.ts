/**
 * Saves the reading position while reading, debounced so page turns do not
 * each hit the disk, and at once on every exit path (`flush`).
 */
import type { StateStore } from './store-data.js';

/** A position to keep for one work. */
export interface PendingPosition {
  workId: string;
  section: number;
  offset: number;
  progress?: number;
}

/** The saver: `update` on every move, `flush` before exiting. */
export interface PositionSaver {
  update(pos: PendingPosition): void;
  flush(): void;
}

/** Creates a saver writing to `store` at most once per `delayMs`. */
export function createPositionSaver(store: Pick<StateStore, 'setPosition'>, delayMs = 400): PositionSaver {
  let pending: PendingPosition | null = null;
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!pending) return;
    const { workId, ...pos } = pending;
    pending = null;
    store.setPosition(workId, pos);
  };
  return {
    update(pos) {
      // A different work's pending save must not be lost when switching works.
      if (pending && pending.workId !== pos.workId) flush();
      pending = pos;
      if (!timer) {
        timer = setTimeout(flush, delayMs);
        timer.unref();
      }
    },
    flush,
  };
}
