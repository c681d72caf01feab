/**
 * A lock file next to the state file, so two fic-read processes never
 * interleave their read-modify-write of it (conf reads the whole file and
 * writes the whole file back, so without it one window's save could undo
 * another's). Held only for the few milliseconds of one write.
 *
 * A lock left behind by a process that died (kill -9, power loss) is broken:
 * at once when its process is gone, else after {@link STALE_MS}.
 */
import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';

/** A lock older than this is stale whatever its process: a live holder keeps it for milliseconds. */
export const STALE_MS = 2000;

const pause = new Int32Array(new SharedArrayBuffer(4));
/** Sleeps synchronously: the store's API is synchronous, and a lock wait is a few milliseconds. */
const sleep = (ms: number) => Atomics.wait(pause, 0, 0, ms);

/** True when `text` (a lock's content) names a process on this machine that no longer runs. */
function holderGone(text: string): boolean {
  const [pid, host] = text.split(' ');
  if (host !== hostname() || !/^\d+$/.test(pid)) return false;
  try {
    process.kill(Number(pid), 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/**
 * Breaks a stale lock whose content was `seen`. The lock is renamed away
 * first, so of two processes breaking it at once only one succeeds; if what
 * was renamed turns out to be a newer lock (taken between our read and the
 * rename), it is linked back (link never replaces an existing file).
 */
function breakLock(lock: string, seen: string): void {
  const aside = `${lock}.broken-${process.pid}-${Date.now()}`;
  try {
    renameSync(lock, aside);
  } catch {
    return; // someone else broke or released it
  }
  try {
    if (readFileSync(aside, 'utf8') !== seen) linkSync(aside, lock);
  } catch {
    // The lock was retaken meanwhile: its new holder keeps it.
  }
  try {
    unlinkSync(aside);
  } catch {
    // already gone
  }
}

/**
 * Runs `fn` holding the lock file `lock`. Throws only when the lock cannot be
 * created at all (e.g. the folder is read-only), which the caller treats as
 * a failed write.
 */
export function withLock<T>(lock: string, fn: () => T): T {
  // The time makes each hold's content unique, so release can tell its own lock from a retaken one.
  const me = `${process.pid} ${hostname()} ${Date.now()} ${Math.random()}`;
  const started = Date.now();
  for (let wait = 1; ; wait = Math.min(wait * 2, 20)) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      let seen: string;
      let age: number;
      try {
        seen = readFileSync(lock, 'utf8');
        // The file's own time, so a lock left empty by a crash between create and write still ages.
        age = Date.now() - statSync(lock).mtimeMs;
      } catch {
        continue; // released between our open and read: try again at once
      }
      // The last clause bounds the wait even when the lock's time is wrong (a clock set back, a network drive).
      if ((seen && holderGone(seen)) || age > STALE_MS || Date.now() - started > 3 * STALE_MS) breakLock(lock, seen);
      else sleep(wait);
      continue;
    }
    try {
      writeSync(fd, me);
    } finally {
      closeSync(fd);
    }
    try {
      return fn();
    } finally {
      try {
        // Only our own lock is removed: a lock broken as stale may have been retaken by another process.
        if (readFileSync(lock, 'utf8') === me) unlinkSync(lock);
      } catch {
        // gone already
      }
    }
  }
}
