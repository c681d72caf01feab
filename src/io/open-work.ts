/**
 * Opens a work for reading. When its file is unchanged since it was indexed,
 * the cached layout is used and structure detection is skipped; otherwise (or
 * if anything does not fit) the work is loaded from scratch.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromLayout } from '../core/work-layout.js';
import type { LoadedWork, LoadWarning } from '../core/types.js';
import { readWork, type WorkEntry } from './scan-library.js';

/** The work's text and sections, or why it cannot be read. */
export function openWork(root: string, entry: WorkEntry): LoadedWork | LoadWarning {
  if (entry.layout && entry.files.length === 1) {
    try {
      const abs = join(root, entry.files[0]);
      const st = statSync(abs);
      if (st.size === entry.bytes && st.mtimeMs === entry.mtimeMs) {
        const fast = fromLayout(entry, entry.layout, readFileSync(abs));
        if (fast) return fast;
      }
    } catch {
      // fall through: the full load reports the problem
    }
  }
  return readWork(root, { path: entry.path, files: entry.files }, entry.id);
}
