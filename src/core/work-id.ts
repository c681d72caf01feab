import { safeLine } from './safe-text.js';

/**
 * Work ids: stable, readable, no dots (they are used as keys in the state
 * file, where a dot would be read as a nested path).
 */

const PLAIN_PATH = /^[A-Za-z0-9_/-]*$/;

/** Turns a library-relative path into an id: extension dropped, folders joined by `-`, dots replaced. */
export function idFromPath(relPath: string): string {
  const noExt = relPath.replace(/\.txt$/i, '');
  // Most paths are ASCII names (`fandom/some-story-123`): the rules below come down to joining the folders.
  // A scan makes an id for every work of the library, 10,000 of them at each start.
  if (PLAIN_PATH.test(noExt)) return noExt.split('/').filter(Boolean).join('-').replace(/-{2,}/g, '-').replace(/^-|-$/g, '') || 'work';
  const id = noExt
    .split('/')
    .filter(Boolean)
    .join('-')
    .replace(/[.\s]+/g, '-')
    .replace(/[^\p{L}\p{N}_\-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^-|-$/g, '');
  return id || 'work';
}

/**
 * Makes ids unique in a library: the first work keeps the plain id, later
 * clashes (e.g. `a.txt` and `a/` folder) get `-2`, `-3`. Input order must be
 * stable (sorted paths) so the same library always yields the same ids.
 */
export function uniqueIds(paths: string[]): string[] {
  const bases = paths.map(idFromPath);
  // A tie-break suffix must not collide with a real file's id (`a.b` → `a-b-2` beside `a-b-2.txt`).
  const taken = new Set(bases);
  const seen = new Set<string>();
  return bases.map((base) => {
    if (!seen.has(base)) {
      seen.add(base);
      return base;
    }
    let n = 2;
    while (taken.has(`${base}-${n}`) || seen.has(`${base}-${n}`)) n++;
    const id = `${base}-${n}`;
    seen.add(id);
    return id;
  });
}

/** A title for a work whose text names none: the file name, without extension, `_`/`-` as spaces kept readable. */
export function titleFromPath(relPath: string): string {
  const name = relPath.split('/').filter(Boolean).pop() ?? relPath;
  // File names can hold control characters too; a title is printed everywhere.
  return safeLine(name.replace(/\.txt$/i, ''));
}
