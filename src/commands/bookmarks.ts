/** `fic-read bookmarks`: bookmarks as text or JSON. */
import { foldText } from '../core/fold-text.js';
import { safeJson, safeLine } from '../core/safe-text.js';
import { partNumber } from '../core/start-position.js';
import type { LoadedWork } from '../core/types.js';
import type { WorkEntry } from '../io/scan-library.js';
import type { StateStore } from '../io/store.js';

/** The key of the one missing work (bookmarked, its file gone) whose last title or key `name` names, if any. */
export function missingWork(store: StateStore, works: WorkEntry[], name: string): string | undefined {
  const listed = new Set(works.map((w) => w.key));
  const positions = store.listPositions();
  const q = foldText(name).trim();
  const keys = Object.keys(store.listBookmarks()).filter((key) => !listed.has(key));
  const hits = keys.filter((key) => [key, positions[key]?.title ?? ''].some((n) => foldText(n).includes(q)));
  return q && hits.length === 1 ? hits[0] : undefined;
}

/**
 * Lists the bookmarks of `works`, text (grouped by work) or JSON. With
 * `all`, bookmarks of works no longer in the library (file deleted, folder
 * unmounted) are listed too, marked missing: they are kept, and come back
 * with the file. `all` as a key lists only that missing work's.
 */
export function formatBookmarks(works: WorkEntry[], store: StateStore, json: boolean, load: (w: WorkEntry) => LoadedWork, all: boolean | string = false): string {
  const rows = works.flatMap((entry) => {
    const marks = store.getBookmarks(entry.key);
    // Only works that have bookmarks are read, to name the part each one is in.
    const w = marks.length ? load(entry) : null;
    return marks.map((b) => {
      const part = partNumber(w!, b.section);
      return { work: entry.id, title: entry.title, part: part || null, partTitle: w!.sections[b.section]?.title ?? null, missing: false, ...b };
    });
  });
  if (all) {
    const listed = new Set(works.map((w) => w.key));
    const positions = store.listPositions();
    for (const [key, marks] of Object.entries(store.listBookmarks())) {
      if (listed.has(key) || (typeof all === 'string' && key !== all)) continue;
      // The title it had when last read is all that is left to name it by.
      const title = positions[key]?.title ?? key;
      for (const b of marks) rows.push({ work: key, title, part: null, partTitle: null, missing: true, ...b });
    }
  }
  if (json) return safeJson(rows);
  if (rows.length === 0) {
    const where = works.length === 1 && !all ? ` in ${works[0].id}` : '';
    return `No bookmarks yet${where}. In the reader, press m to add one.\n`;
  }
  return rows
    .map((r) => {
      const where = r.part ? `part ${r.part}${r.partTitle ? ` (${safeLine(r.partTitle)})` : ''}` : 'front matter';
      // Named by its title, with the id to type (`fic-read read <id>`) when the two differ.
      const shown = r.title && r.title !== r.work ? `${safeLine(r.title)} (${r.work})` : r.work;
      const name = r.missing ? `${safeLine(r.title)}  [file missing; the bookmark is kept and comes back with the file]` : `${shown}  ${where}`;
      const note = r.note ? `  — ${safeLine(r.note)}` : '';
      return `${name}  ${new Date(r.createdAt).toISOString().slice(0, 16).replace('T', ' ')}${note}\n    “${safeLine(r.snippet)}”`;
    })
    .join('\n') + '\n';
}
