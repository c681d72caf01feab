/** `fic-read stats`: reading time, words and pages, per day, per work and in total. */
import { buildStats, formatDuration } from '../core/reading-stats.js';
import { PRIOR_WPM, wpm } from '../core/reading-speed.js';
import { safeJson, safeLine } from '../core/safe-text.js';
import type { WorkEntry } from '../io/scan-library.js';
import type { StateStore } from '../io/store-data.js';

/** The stats as text or JSON; works are named by title when still in the library. */
export function formatStats(store: StateStore, works: WorkEntry[], json: boolean): string {
  const report = buildStats(store.listReading());
  const speed = store.getSettings().speed;
  const perMinute = Math.round(speed ? wpm(speed) : PRIOR_WPM);
  const positions = store.listPositions();
  // A work no longer in the library is still named by the title it had when read.
  const title = (key: string) => works.find((w) => w.key === key)?.title ?? positions[key]?.title ?? key;
  if (json) {
    return safeJson({ wpm: perMinute, ...report, works: report.works.map((w) => ({ ...w, title: title(w.key) })) });
  }
  if (report.total.pages === 0) return `Nothing read yet. Reading speed: ${perMinute} words a minute (the starting guess).\n`;
  const row = (label: string, t: { ms: number; words: number; pages: number }) =>
    `${label}  ${formatDuration(t.ms).padStart(12)}  ${t.words.toLocaleString('en').padStart(9)} words  ${String(t.pages).padStart(5)} ${t.pages === 1 ? 'page' : 'pages'}`;
  const width = Math.min(40, Math.max(10, ...report.works.map((w) => safeLine(title(w.key)).length)));
  const lines = [
    row('Total'.padEnd(width), report.total),
    `Reading speed: ${perMinute} words a minute · ${report.pagesPerDay.toFixed(1)} pages a day on reading days`,
    '',
    'By day',
    ...report.days.slice(0, 14).map((d) => row(d.day.padEnd(width), d.totals)),
    '',
    'By work',
    ...report.works.map((w) => row(safeLine(title(w.key)).slice(0, width).padEnd(width), w.totals)),
  ];
  return lines.join('\n') + '\n';
}
