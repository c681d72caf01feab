/**
 * The progress line of a first index: a bar, files done of total, megabytes
 * read and works per second. Pure, shared by the library screen and stderr.
 */

/** Where an index run is. */
export interface IndexState {
  done: number;
  total: number;
  bytes: number;
  /** Epoch ms when indexing started. */
  startedAt: number;
}

/** "███████░░░░░ 1,234/10,000 works · 120 MB · 310 works/s", fitted to `width` columns. */
export function progressLine(p: IndexState, now: number, width: number): string {
  const rate = Math.round((p.done * 1000) / Math.max(1, now - p.startedAt));
  const counts = `${p.done.toLocaleString('en')}/${p.total.toLocaleString('en')} works · ${(p.bytes / 1048576).toFixed(0)} MB · ${rate} works/s`;
  const barWidth = Math.max(0, Math.min(30, width - counts.length - 1));
  const filled = p.total > 0 ? Math.round((p.done / p.total) * barWidth) : 0;
  const bar = barWidth ? '█'.repeat(filled) + '░'.repeat(barWidth - filled) + ' ' : '';
  return (bar + counts).slice(0, Math.max(0, width));
}
