/**
 * Totals for `fic-read stats`: time read, words read and pages, per day, per
 * work and overall, from the per-day, per-work records the reader keeps.
 */
import type { Totals } from './reading-speed.js';

/** What `stats` shows. */
export interface StatsReport {
  total: Totals;
  days: { day: string; totals: Totals }[];
  works: { key: string; totals: Totals }[];
  /** Mean pages on the days something was read. */
  pagesPerDay: number;
}

const plus = (a: Totals, b: Totals): Totals => ({ ms: a.ms + b.ms, words: a.words + b.words, pages: a.pages + b.pages });
const zero = (): Totals => ({ ms: 0, words: 0, pages: 0 });

/** Aggregates records by day (`YYYY-MM-DD`) then work key. Days newest first, works by time read. */
export function buildStats(reading: Record<string, Record<string, Totals>>): StatsReport {
  let total = zero();
  const byWork = new Map<string, Totals>();
  const days = Object.keys(reading)
    .sort()
    .reverse()
    .map((day) => {
      let t = zero();
      for (const [key, v] of Object.entries(reading[day])) {
        t = plus(t, v);
        byWork.set(key, plus(byWork.get(key) ?? zero(), v));
      }
      total = plus(total, t);
      return { day, totals: t };
    });
  const works = [...byWork].map(([key, totals]) => ({ key, totals })).sort((a, b) => b.totals.ms - a.totals.ms);
  return { total, days, works, pagesPerDay: days.length ? total.pages / days.length : 0 };
}

/** "2 h 05 min", "12 min", "<1 min". */
export function formatDuration(ms: number): string {
  const min = Math.round(ms / 60000);
  if (min < 1) return '<1 min';
  if (min < 60) return `${min} min`;
  return `${Math.floor(min / 60)} h ${String(min % 60).padStart(2, '0')} min`;
}
