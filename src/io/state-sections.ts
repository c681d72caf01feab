/**
 * Turns the raw sections of the state file into well-formed values, keyed
 * by work id again: entries that do not have their shape are left out, so
 * one damaged entry costs that entry only.
 */
import type { Totals } from '../core/reading-speed.js';
import { decodeKey, sanitizeBookmarks, sanitizePosition, sanitizeTotals, type Bookmark, type SavedPosition } from './store-data.js';

/** The `bookmarks` section: works without any well-formed bookmark left out. */
export function decodeBookmarks(raw: Record<string, unknown>): Record<string, Bookmark[]> {
  const out: Record<string, Bookmark[]> = {};
  for (const [key, v] of Object.entries(raw)) {
    const list = sanitizeBookmarks(v);
    if (list.length) out[decodeKey(key)] = list;
  }
  return out;
}

/** The `positions` section. */
export function decodePositions(raw: Record<string, unknown>): Record<string, SavedPosition> {
  const out: Record<string, SavedPosition> = {};
  for (const [key, v] of Object.entries(raw)) {
    const p = sanitizePosition(v);
    if (p) out[decodeKey(key)] = p;
  }
  return out;
}

/** The `reading` section: totals by day (`YYYY-MM-DD`), then by work id. */
export function decodeReading(raw: Record<string, unknown>): Record<string, Record<string, Totals>> {
  const out: Record<string, Record<string, Totals>> = {};
  for (const [day, works] of Object.entries(raw)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day) || typeof works !== 'object' || !works) continue;
    for (const [key, v] of Object.entries(works)) {
      const t = sanitizeTotals(v);
      if (t) (out[day] ??= {})[decodeKey(key)] = t;
    }
  }
  return out;
}
