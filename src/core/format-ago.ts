/** Human "time ago" strings for the library's last-read column. */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const plural = (n: number, unit: string) => `${n} ${unit}${n === 1 ? '' : 's'} ago`;

/**
 * How long ago `ms` (epoch ms) was, relative to `now`: "never" (undefined or
 * 0), "just now" (under a minute, or in the future), "5 minutes ago",
 * "1 hour ago", "3 days ago", "2 weeks ago", "4 months ago", "1 year ago".
 */
export function formatAgo(ms: number | undefined, now: number): string {
  if (ms === undefined || !Number.isFinite(ms) || ms <= 0) return 'never';
  const d = now - ms;
  if (d < MINUTE) return 'just now';
  if (d < HOUR) return plural(Math.floor(d / MINUTE), 'minute');
  if (d < DAY) return plural(Math.floor(d / HOUR), 'hour');
  if (d < 14 * DAY) return plural(Math.floor(d / DAY), 'day');
  if (d < 60 * DAY) return plural(Math.floor(d / (7 * DAY)), 'week');
  if (d < 365 * DAY) return plural(Math.floor(d / (30 * DAY)), 'month');
  return plural(Math.floor(d / (365 * DAY)), 'year');
}
