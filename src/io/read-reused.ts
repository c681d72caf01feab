/**
 * Reading a file into one buffer that the next read reuses. Indexing reads
 * every byte of a big library once and drops it as soon as the work is
 * summarised; a fresh buffer per file made the kernel hand over (and zero)
 * new memory for each of them, which cost a cold index more than the reads.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';

let scratch = new Uint8Array(1 << 20);

/**
 * The whole file at `path` and its mtime. The bytes are only good until the
 * next call: nothing may keep them (or a view of them) after.
 */
export function readReused(path: string): { bytes: Uint8Array; mtimeMs: number } {
  const fd = openSync(path, 'r');
  try {
    const stat = fstatSync(fd);
    if (scratch.length < stat.size + 1) scratch = new Uint8Array(Math.max(stat.size + 1, scratch.length * 2));
    let n = 0;
    for (;;) {
      // Read to the end, as readFileSync does, even if the file grew since the stat.
      if (n === scratch.length) {
        const bigger = new Uint8Array(scratch.length * 2);
        bigger.set(scratch);
        scratch = bigger;
      }
      const got = readSync(fd, scratch, n, scratch.length - n, null);
      if (got === 0) break;
      n += got;
    }
    return { bytes: scratch.subarray(0, n), mtimeMs: stat.mtimeMs };
  } finally {
    closeSync(fd);
  }
}
