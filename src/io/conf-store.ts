/**
 * The file-backed {@link StateStore} itself (opened by `openStore` in
 * `store.ts`): what is read comes from the file as it is now, each change is
 * one key written under the lock, and whatever cannot be used or written is
 * handled here, with a notice, without throwing.
 */
import type Conf from 'conf';
import { statSync } from 'node:fs';
import { moveAside, movedNotice, readOnlyProblem, SECTIONS, shapeProblem } from './state-file.js';
import { ReadOnlyError, writeKey } from './state-write.js';
import { decodeBookmarks, decodePositions, decodeReading } from './state-sections.js';
import type { Totals } from '../core/reading-speed.js';
import { mergeBookmarks } from '../core/merge-bookmarks.js';
import {
  addTotals,
  createMemoryStore,
  encodeKey,
  latestWork,
  sanitizeBookmarks,
  sanitizePosition,
  sanitizeSettings,
  sanitizeTotals,
  type Bookmark,
  type SavedPosition,
  type Settings,
  type StateStore,
} from './store-data.js';

/** The end of every notice that says the session runs in memory. */
export const NOT_SAVED = 'reading positions and bookmarks will not be saved this session.';

/**
 * The store over conf: reads are cached until the file changes on disk,
 * writes go through `writeKey`, and after a failed write (or for a
 * read-only file) the session goes on in memory with a notice.
 */
export class ConfStore implements StateStore {
  notice: string | null;
  readonly #conf: Conf<Record<string, unknown>>;
  readonly #file: string;
  /** Set once a write fails: from then on the session runs in memory (conf retries a failing write for ~1 s). */
  #fallback: StateStore | null = null;

  /** `readOnly`: why the file may not be written; the store then reads it once and keeps changes in memory. */
  constructor(conf: Conf<Record<string, unknown>>, notice: string | null, readOnly: string | null) {
    this.#conf = conf;
    this.#file = conf.path;
    this.notice = notice;
    if (readOnly) this.#goToMemory(readOnly);
  }

  /** Moves a file that went bad while we were running aside; false if that failed too. */
  #recover(reason: string): boolean {
    const ro = readOnlyProblem(this.#file);
    if (ro) {
      this.notice = `The state file could not be used (${reason}) and ${ro}, so it was left as it is`;
      return false;
    }
    try {
      this.notice = movedNotice(this.#file, reason, moveAside(this.#file));
      return true;
    } catch (e) {
      this.notice = `The state file ${this.#file} is ${reason} and could not be moved aside (${(e as Error).message}).`;
      return false;
    }
  }

  /** The last good read and the file's stamp then: conf re-reads (and mkdirs) on every access, which adds up at start-up. */
  #last: { stamp: string; data: Record<string, unknown> } | null = null;

  /** The whole file, re-read from disk when it changed (another window may have written); {} (after recovery) when it is unusable. */
  #read(): Record<string, unknown> {
    let stamp = '';
    try {
      const st = statSync(this.#file);
      stamp = `${st.mtimeMs}:${st.size}:${st.ino}`;
      if (this.#last && this.#last.stamp === stamp) return this.#last.data;
    } catch {
      // No file yet (a first start): nothing to read until something is saved.
      stamp = 'missing';
      if (this.#last?.stamp === stamp) return this.#last.data;
    }
    try {
      const data = this.#conf.store;
      const problem = shapeProblem(data);
      if (!problem) {
        this.#last = stamp ? { stamp, data } : null;
        return data;
      }
      this.#recover(problem);
    } catch (e) {
      this.#recover(e instanceof SyntaxError ? 'not valid JSON' : `unreadable (${(e as Error).message})`);
    }
    return {};
  }

  #section(name: (typeof SECTIONS)[number]): Record<string, unknown> {
    const v = this.#read()[name];
    return (v ?? {}) as Record<string, unknown>;
  }

  /**
   * Changes one key of the file as it is now (see `writeKey`). Returns false
   * when the write failed and the store switched to memory: the caller then
   * repeats the change on {@link ConfStore.#fallback}.
   */
  #write(path: string[], update: (old: unknown) => unknown): boolean {
    try {
      writeKey({ conf: this.#conf, file: this.#file, readOnly: () => readOnlyProblem(this.#file), recover: (p) => this.#recover(p) }, path, update);
      this.#last = null;
      return true;
    } catch (e) {
      if (e instanceof ReadOnlyError) this.#goToMemory(e.message);
      else this.#goToMemory(this.notice ?? `Could not save to ${this.#file} (${(e as Error).message})`);
      return false;
    }
  }

  /** Keeps the session going in memory, seeded with what the file holds. */
  #goToMemory(why: string): void {
    const seed = { positions: this.listPositions(), bookmarks: this.listBookmarks(), settings: this.getSettings(), reading: this.listReading() };
    this.#fallback = createMemoryStore(seed);
    this.notice = `${why}; ${NOT_SAVED}`;
  }

  getPosition(workId: string): SavedPosition | undefined {
    if (this.#fallback) return this.#fallback.getPosition(workId);
    return sanitizePosition(this.#section('positions')[encodeKey(workId)]);
  }

  setPosition(workId: string, pos: Omit<SavedPosition, 'at'> & { at?: number }): void {
    const value: SavedPosition = { ...pos, at: pos.at ?? Date.now() };
    if (this.#fallback || !this.#write(['positions', encodeKey(workId)], () => value)) this.#fallback!.setPosition(workId, value);
  }

  /** Each work's bookmarks as this process last read or wrote them: what its next save changed is told from them. */
  readonly #bookmarkBase = new Map<string, Bookmark[]>();

  getBookmarks(workId: string): Bookmark[] {
    if (this.#fallback) return this.#fallback.getBookmarks(workId);
    const list = sanitizeBookmarks(this.#section('bookmarks')[encodeKey(workId)]);
    this.#bookmarkBase.set(workId, list);
    return list;
  }

  setBookmarks(workId: string, list: Bookmark[]): void {
    // Another window may have bookmarked the same work meanwhile: only this one's changes are applied.
    const base = this.#bookmarkBase.get(workId);
    const merge = (old: unknown) => {
      const next = mergeBookmarks(sanitizeBookmarks(old), base, list);
      return next.length ? next : undefined;
    };
    this.#bookmarkBase.set(workId, list);
    if (this.#fallback || !this.#write(['bookmarks', encodeKey(workId)], merge)) {
      this.#fallback!.setBookmarks(workId, list);
    }
  }

  listBookmarks(): Record<string, Bookmark[]> {
    if (this.#fallback) return this.#fallback.listBookmarks();
    return decodeBookmarks(this.#section('bookmarks'));
  }

  listPositions(): Record<string, SavedPosition> {
    if (this.#fallback) return this.#fallback.listPositions();
    return this.#positions();
  }

  #positions(): Record<string, SavedPosition> {
    return decodePositions(this.#section('positions'));
  }

  getLastRead(workId: string): number | undefined {
    const at = this.getPosition(workId)?.at;
    return at ? at : undefined;
  }

  lastWork(): string | undefined {
    if (this.#fallback) return this.#fallback.lastWork();
    return latestWork(this.#positions());
  }

  addReading(day: string, workId: string, t: Totals): void {
    if (this.#fallback) return this.#fallback.addReading(day, workId, t);
    // Added to the total on disk at write time: another window may be counting the same work today.
    if (!this.#write(['reading', day, encodeKey(workId)], (old) => addTotals(sanitizeTotals(old), t))) this.#fallback!.addReading(day, workId, t);
  }

  listReading(): Record<string, Record<string, Totals>> {
    if (this.#fallback) return this.#fallback.listReading();
    return decodeReading(this.#section('reading'));
  }

  getSettings(): Settings {
    if (this.#fallback) return this.#fallback.getSettings();
    return sanitizeSettings(this.#section('settings'));
  }

  setSettings(partial: Partial<Settings>): void {
    const given = Object.fromEntries(Object.entries(partial).filter(([, v]) => v !== undefined));
    const merge = (old: unknown) => ({ ...(typeof old === 'object' && old && !Array.isArray(old) ? old : {}), ...given });
    if (this.#fallback || !this.#write(['settings'], merge)) this.#fallback!.setSettings(given);
  }
}
