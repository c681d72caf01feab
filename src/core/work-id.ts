import { safeLine } from './safe-text.js';

/**
 * Work ids: stable, readable, no dots (they are used as keys in the state
 * file, where a dot would be read as a nested path).
 */

/** Turns a library-relative path into an id: extension dropped, folders joined by `-`, dots replaced. */
export function idFromPath(relPath: string): string {
  const noExt = relPath.replace(/\.txt$/i, '');
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
  const seen = new Map<string, number>();
  return paths.map((p) => {
    const base = idFromPath(p);
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  });
}

/** A title for a work whose text names none: the file name, without extension, `_`/`-` as spaces kept readable. */
export function titleFromPath(relPath: string): string {
  const name = relPath.split('/').filter(Boolean).pop() ?? relPath;
  // File names can hold control characters too; a title is printed everywhere.
  return safeLine(name.replace(/\.txt$/i, ''));
}
