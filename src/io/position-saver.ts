/**
 * Saves the reading position (and the reading time counted since the last
 * save) while reading, debounced so page turns do not each hit the disk, and
 * at once on every exit path (`flush`).
 */
import type { Totals } from '../core/reading-speed.js';
import type { SavedPosition, StateStore } from './store-data.js';
import { addTotals } from './store-data.js';

/** A position to keep for one work (its state-file key), with what re-anchoring needs. */
export type PendingPosition = Omit<SavedPosition, 'at'> & { workId: string };

/** The saver: `update` on every move, `addReading` per page read, `flush` before exiting. */
export interface PositionSaver {
  update(pos: PendingPosition): void;
  addReading(day: string, workId: string, t: Totals): void;
  flush(): void;
}

/** Creates a saver writing to `store` at most once per `delayMs`. */
export function createPositionSaver(store: Pick<StateStore, 'setPosition' | 'addReading'>, delayMs = 400): PositionSaver {
  let pending: PendingPosition | null = null;
  let reading = new Map<string, { day: string; workId: string; t: Totals }>();
  let timer: NodeJS.Timeout | null = null;
  const flush = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (pending) {
      const { workId, ...pos } = pending;
      pending = null;
      store.setPosition(workId, pos);
    }
    const batch = reading;
    reading = new Map();
    for (const r of batch.values()) store.addReading(r.day, r.workId, r.t);
  };
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(flush, delayMs);
    timer.unref();
  };
  return {
    update(pos) {
      // A different work's pending save must not be lost when switching works.
      if (pending && pending.workId !== pos.workId) flush();
      pending = pos;
      schedule();
    },
    addReading(day, workId, t) {
      const key = `${day}\n${workId}`;
      reading.set(key, { day, workId, t: addTotals(reading.get(key)?.t, t) });
      schedule();
    },
    flush,
  };
}
