/**
 * One change to the state file, made so that nothing is lost: under the lock
 * file, the file is read again, only this change is applied to what is there
 * now (another window may have saved since we last looked), and the whole is
 * written back by conf (temp file, fsync, rename: a crash leaves the old file
 * or the new one, never half of one), then the folder is fsynced so the
 * rename itself survives a power cut.
 */
import type Conf from 'conf';
import { closeSync, fsyncSync, mkdirSync, openSync, readdirSync, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { withLock } from './state-lock.js';
import { readState } from './state-file.js';

/** Raised when the file or folder is read-only: the caller stops saving, and says so. */
export class ReadOnlyError extends Error {}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Sets (or, for undefined, deletes) `path` in `data` to `update(current value)`. */
function applyAt(data: Record<string, unknown>, path: string[], update: (old: unknown) => unknown): void {
  let node = data;
  for (const key of path.slice(0, -1)) {
    if (!isRecord(node[key])) node[key] = {};
    node = node[key] as Record<string, unknown>;
  }
  const last = path[path.length - 1];
  const value = update(node[last]);
  if (value === undefined) delete node[last];
  else node[last] = value;
}

/** Flushes the folder entry of a rename; some file systems cannot, which only costs durability on power loss. */
function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not supported here
  }
}

/** What {@link writeKey} needs from the store: the file, how to move a bad one aside, and what is read-only. */
export interface WriteTarget {
  conf: Conf<Record<string, unknown>>;
  file: string;
  /** Why the file cannot be written (read-only), or null. */
  readOnly(): string | null;
  /** Moves a bad file aside; false when that failed. */
  recover(problem: string): boolean;
}

/**
 * Applies one change at `path` under the lock. Throws {@link ReadOnlyError}
 * for a read-only file or folder, and any error of the write itself.
 */
export function writeKey(t: WriteTarget, path: string[], update: (old: unknown) => unknown): void {
  // Checked before the lock too: not even a lock file goes into a read-only folder.
  const ro = t.readOnly();
  if (ro) throw new ReadOnlyError(ro);
  // The folder may have been deleted while we ran (conf recreates it too, but the lock comes first).
  mkdirSync(dirname(t.file), { recursive: true });
  withLock(`${t.file}.lock`, () => {
    // Again under the lock: it may have been made read-only meanwhile.
    const roNow = t.readOnly();
    if (roNow) throw new ReadOnlyError(roNow);
    const now = readState(t.file);
    let data: Record<string, unknown> = {};
    if ('problem' in now) {
      if (!t.recover(now.problem)) throw new Error(now.problem);
    } else data = now.data;
    applyAt(data, path, update);
    t.conf.store = data;
  });
  fsyncDir(dirname(t.file));
}

/**
 * Removes what a killed process can leave in the config folder: conf's
 * temporary files and broken-lock leftovers older than a minute (a live
 * write keeps its temporary file for milliseconds).
 */
export function sweepLeftovers(file: string, now = Date.now()): void {
  const dir = dirname(file);
  const name = basename(file);
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const n of names) {
    if (!n.startsWith(`${name}.tmp-`) && !n.startsWith(`${name}.lock.broken-`)) continue;
    try {
      const p = join(dir, n);
      if (now - statSync(p).mtimeMs > 60_000) unlinkSync(p);
    } catch {
      // gone already, or not ours to remove
    }
  }
}
