/**
 * Finding the works in a library folder: which files and folders are works,
 * in a stable order, with every unreadable entry turned into a warning.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { naturalCompare } from '../core/natural-sort.js';
import type { LoadWarning } from '../core/types.js';

/** Where a work's bytes live: one file, or a folder of chapter files. */
export interface WorkLocation {
  /** Library-relative path, `/`-separated. */
  path: string;
  /** Library-relative paths of the files, in reading order. */
  files: string[];
}

/** Thrown when the library folder itself is missing or not a folder. */
export class LibraryMissingError extends Error {}

const isTxt = (name: string) => /\.txt$/i.test(name);

/**
 * A folder is one work when it holds two or more .txt files whose names
 * differ only in their numbers (`chapter-1.txt`, `chapter-2.txt`, `03.txt`):
 * that is how split downloads look. Otherwise each file is its own work.
 */
export function isChapterFolder(names: string[]): boolean {
  if (names.length < 2) return false;
  if (!names.every((n) => /\d/.test(n))) return false;
  const stem = (n: string) => n.toLowerCase().replace(/\d+/g, '#');
  return names.every((n) => stem(n) === stem(names[0]));
}

/** Lists the works under `root` (recursively) without reading them. */
export function findWorks(root: string, warnings: LoadWarning[]): WorkLocation[] {
  let rootStat;
  try {
    rootStat = statSync(root);
  } catch {
    throw new LibraryMissingError(`library folder not found: ${root}`);
  }
  if (!rootStat.isDirectory()) throw new LibraryMissingError(`library is not a folder: ${root}`);
  const found: WorkLocation[] = [];
  const seen = new Set<string>();
  const walk = (dir: string, rel: string) => {
    let real: string;
    let entries;
    try {
      real = realpathSync(dir);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      warnings.push({ path: rel || '.', reason: describe(error) });
      return;
    }
    if (seen.has(real)) {
      warnings.push({ path: rel, reason: 'symlink loop (folder already scanned)' });
      return;
    }
    seen.add(real);
    const files: string[] = [];
    const dirs: string[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      let kind: 'file' | 'dir' | null = entry.isFile() ? 'file' : entry.isDirectory() ? 'dir' : null;
      if (entry.isSymbolicLink()) {
        try {
          const s = statSync(join(dir, entry.name));
          kind = s.isFile() ? 'file' : s.isDirectory() ? 'dir' : null;
        } catch (error) {
          const code = (error as NodeJS.ErrnoException)?.code;
          warnings.push({ path: join(rel, entry.name), reason: code === 'ENOENT' ? 'broken link (what it points to is gone)' : describe(error) });
          continue;
        }
      }
      if (kind === 'dir') dirs.push(entry.name);
      else if (kind === 'file' && isTxt(entry.name)) files.push(entry.name);
      // A .txt that is a pipe or a device would hang the read (a FIFO waits for a writer): say why it is left out.
      else if (kind === null && isTxt(entry.name)) warnings.push({ path: join(rel, entry.name), reason: 'not a regular file (a pipe, socket or device)' });
    }
    files.sort(naturalCompare);
    dirs.sort(naturalCompare);
    const relOf = (name: string) => (rel ? `${rel}/${name}` : name);
    if (rel && isChapterFolder(files)) found.push({ path: rel, files: files.map(relOf) });
    else for (const f of files) found.push({ path: relOf(f), files: [relOf(f)] });
    for (const d of dirs) walk(join(dir, d), relOf(d));
  };
  walk(root, '');
  return found;
}

/** A short human reason for a file-system error. */
export function describe(error: unknown): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT': return 'vanished while scanning';
    case 'EACCES': case 'EPERM': return 'permission denied';
    case 'ELOOP': return 'symlink loop';
    case 'EISDIR': return 'is a folder';
    default: return code ? `unreadable (${code})` : String((error as Error)?.message ?? error);
  }
}
