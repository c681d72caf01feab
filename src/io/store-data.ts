/**
 * What fic-read remembers between runs (reading positions, bookmarks,
 * settings), the {@link StateStore} interface the UI talks to, the checks
 * that turn whatever is on disk into well-formed values, and an in-memory
 * store for tests. The file-backed store is in `store.ts`.
 */

import type { Anchor } from '../core/re-anchor.js';
import type { WorkFingerprint } from '../core/fingerprint.js';
import { sanitizeSpeed, type Speed, type Totals } from '../core/reading-speed.js';
import type { Bookmark } from '../core/types.js';
import { SORT_MODES, type SortMode } from '../core/library-state.js';
import { cleanText } from '../core/line-edit.js';
import { stripSequences } from '../core/safe-text.js';

/** A string from the state file, held to the rule typed text is held to (no controls, one line), whole escape sequences gone. */
const storedText = (s: string) => cleanText(stripSequences(s));

/** Where a work was left, and when. */
export interface SavedPosition {
  section: number;
  offset: number;
  /** Epoch milliseconds of the last save. */
  at: number;
  /** Optional: share of the work read (0..1), for the library's progress column. */
  progress?: number;
  /** The text around the place, to find it again in a new version of the file. */
  anchor?: Anchor;
  /** The version of the work the place refers to, to tell "+2 new parts" and "updated". */
  print?: WorkFingerprint;
  /** 0-based ordinals of the parts paged through to their end. */
  read?: number[];
  /** The work's title when last read: `fic-read stats` names a work by it after its file is gone. */
  title?: string;
  /** The work's id (from its file name) when last read: the old name still finds it after a rename. */
  id?: string;
}

export type { Bookmark } from '../core/types.js';

/** User settings. */
export interface Settings {
  /** Text column width (characters) of the reader. */
  measure: number;
  /** The library folder the user chose (`fic-read library DIR`), if any. */
  library?: string;
  /** Reading speed learned from the user's paging. */
  speed?: Speed;
  /** The library's sort order (`s`), kept for the next start. */
  sort?: SortMode;
}

/** Settings used when nothing is stored. */
export const DEFAULT_SETTINGS: Readonly<Settings> = Object.freeze({ measure: 72 });

/** Persistent per-work state. Every method is synchronous and never throws. */
export interface StateStore {
  getPosition(workId: string): SavedPosition | undefined;
  /** Every saved position, by work id (one read, for the library list). */
  listPositions(): Record<string, SavedPosition>;
  /** Saves one work's position; `at` defaults to now. Other works' entries are untouched. */
  setPosition(workId: string, pos: Omit<SavedPosition, 'at'> & { at?: number }): void;
  getBookmarks(workId: string): Bookmark[];
  /** Replaces one work's bookmarks (an empty list removes the entry). */
  setBookmarks(workId: string, list: Bookmark[]): void;
  /** All bookmarks, by work id (works without bookmarks left out). */
  listBookmarks(): Record<string, Bookmark[]>;
  /** When the work was last read (epoch ms), if ever. */
  getLastRead(workId: string): number | undefined;
  /** The most recently read work id, if any. */
  lastWork(): string | undefined;
  getSettings(): Settings;
  setSettings(partial: Partial<Settings>): void;
  /** Adds a stretch of reading to the totals of one day and work (one key written). */
  addReading(day: string, workId: string, t: Totals): void;
  /** Reading totals by day (`YYYY-MM-DD`), then by work id. */
  listReading(): Record<string, Record<string, Totals>>;
  /** A message for the user (e.g. a corrupt state file was moved aside), else null. */
  readonly notice: string | null;
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** A stored position if it is well formed, else undefined. */
export function sanitizePosition(v: unknown): SavedPosition | undefined {
  if (!isRecord(v) || !isCount(v.section) || !isCount(v.offset)) return undefined;
  const p: SavedPosition = { section: v.section, offset: v.offset, at: isTime(v.at) ? v.at : 0 };
  if (typeof v.progress === 'number' && v.progress >= 0 && v.progress <= 1) p.progress = v.progress;
  // Anchors and fingerprints only guide re-anchoring, which checks what it finds; keep them if they have their shape.
  if (isRecord(v.anchor) && typeof v.anchor.before === 'string' && typeof v.anchor.after === 'string') p.anchor = v.anchor as unknown as Anchor;
  if (isRecord(v.print) && Array.isArray(v.print.parts)) p.print = v.print as unknown as WorkFingerprint;
  if (Array.isArray(v.read)) p.read = v.read.filter(isCount);
  if (typeof v.title === 'string' && v.title) p.title = storedText(v.title).slice(0, 300);
  if (typeof v.id === 'string' && v.id) p.id = v.id.slice(0, 300);
  return p;
}

/** The well-formed bookmarks of a stored list (anything else is dropped). */
export function sanitizeBookmarks(v: unknown): Bookmark[] {
  if (!Array.isArray(v)) return [];
  const out: Bookmark[] = [];
  for (const b of v) {
    if (!isRecord(b) || typeof b.id !== 'string' || !isCount(b.section) || !isCount(b.offset)) continue;
    out.push({
      id: b.id,
      section: b.section,
      offset: b.offset,
      // The state file is only JSON: a note edited by hand (or by anything else) is held to the same rule as a typed one.
      snippet: typeof b.snippet === 'string' ? storedText(b.snippet) : '',
      note: typeof b.note === 'string' ? storedText(b.note) : '',
      createdAt: isTime(b.createdAt) ? b.createdAt : 0,
      ...(isRecord(b.anchor) && typeof b.anchor.after === 'string' ? { anchor: b.anchor as unknown as Anchor } : {}),
    });
  }
  return out;
}

/** Stored settings merged over the defaults; out-of-range values fall back. */
export function sanitizeSettings(v: unknown): Settings {
  const s: Settings = { ...DEFAULT_SETTINGS };
  if (!isRecord(v)) return s;
  if (isCount(v.measure) && v.measure >= 20 && v.measure <= 400) s.measure = v.measure;
  if (typeof v.library === 'string' && v.library) s.library = v.library;
  if (v.speed !== undefined) s.speed = sanitizeSpeed(v.speed);
  if (SORT_MODES.includes(v.sort as SortMode)) s.sort = v.sort as SortMode;
  return s;
}

/** Well-formed reading totals (anything else dropped). */
export function sanitizeTotals(v: unknown): Totals | undefined {
  if (!isRecord(v) || !isTime(v.ms) || !isTime(v.words) || !isTime(v.pages)) return undefined;
  return { ms: v.ms, words: v.words, pages: v.pages };
}

/** Adds two totals. */
export function addTotals(a: Totals | undefined, b: Totals): Totals {
  return { ms: (a?.ms ?? 0) + b.ms, words: (a?.words ?? 0) + b.words, pages: (a?.pages ?? 0) + b.pages };
}

/** The id with the latest `at` among stored positions. */
export function latestWork(positions: Record<string, SavedPosition>): string | undefined {
  let best: string | undefined;
  let bestAt = -1;
  for (const [id, p] of Object.entries(positions)) {
    if (p.at > bestAt) {
      best = id;
      bestAt = p.at;
    }
  }
  return best;
}

const RESERVED = new Set(['__proto__', 'prototype', 'constructor']);

/**
 * Turns a work id into a safe dot-path segment for the state file. Plain ids
 * (letters, digits, `_`, `-`) are kept as they are; all-digit ids (which
 * dot-prop would read as array indices), reserved names and anything with
 * other characters get a `~` prefix and URI encoding (dots too).
 */
export function encodeKey(id: string): string {
  if (/^[\p{L}\p{N}_-]+$/u.test(id) && !/^\d+$/.test(id) && !RESERVED.has(id)) return id;
  return '~' + encodeURIComponent(id).replace(/\./g, '%2E');
}

/** Inverse of {@link encodeKey}. */
export function decodeKey(key: string): string {
  if (!key.startsWith('~')) return key;
  try {
    return decodeURIComponent(key.slice(1));
  } catch {
    return key;
  }
}

/** Options for {@link createMemoryStore}. */
export interface MemoryStoreInit {
  positions?: Record<string, SavedPosition>;
  bookmarks?: Record<string, Bookmark[]>;
  settings?: Partial<Settings>;
  reading?: Record<string, Record<string, Totals>>;
  notice?: string | null;
}

/** A store that lives only in memory: for tests and when the state file cannot be used. */
export function createMemoryStore(init: MemoryStoreInit = {}): StateStore {
  const positions = new Map(Object.entries(init.positions ?? {}));
  const bookmarks = new Map(Object.entries(init.bookmarks ?? {}));
  let settings: Settings = { ...DEFAULT_SETTINGS, ...init.settings };
  const reading: Record<string, Record<string, Totals>> = JSON.parse(JSON.stringify(init.reading ?? {}));
  return {
    addReading: (day, id, t) => {
      reading[day] ??= {};
      reading[day][id] = addTotals(reading[day][id], t);
    },
    listReading: () => JSON.parse(JSON.stringify(reading)),
    notice: init.notice ?? null,
    getPosition: (id) => {
      const p = positions.get(id);
      return p && { ...p };
    },
    listPositions: () => Object.fromEntries([...positions].map(([id, p]) => [id, { ...p }])),
    setPosition: (id, pos) => {
      positions.set(id, { ...pos, at: pos.at ?? Date.now() });
    },
    getBookmarks: (id) => (bookmarks.get(id) ?? []).map((b) => ({ ...b })),
    setBookmarks: (id, list) => {
      if (list.length === 0) bookmarks.delete(id);
      else bookmarks.set(id, list.map((b) => ({ ...b })));
    },
    listBookmarks: () => Object.fromEntries([...bookmarks].map(([id, l]) => [id, l.map((b) => ({ ...b }))])),
    getLastRead: (id) => positions.get(id)?.at,
    lastWork: () => latestWork(Object.fromEntries(positions)),
    getSettings: () => ({ ...settings }),
    setSettings: (partial) => {
      settings = { ...settings, ...partial };
    },
  };
}
