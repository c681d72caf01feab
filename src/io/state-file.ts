/**
 * Checks on the state file itself: is it usable JSON of the right shape, and
 * moving a bad one aside (never deleting it) so fic-read can start fresh.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';

/** The top-level sections of the state file; each must be an object when present. */
export const SECTIONS = ['positions', 'bookmarks', 'settings', 'reading'] as const;

/** Why parsed file content is unusable, or null when it is fine. */
export function shapeProblem(data: unknown): string | null {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return 'not a JSON object';
  for (const s of SECTIONS) {
    const v = (data as Record<string, unknown>)[s];
    if (v !== undefined && (typeof v !== 'object' || v === null || Array.isArray(v))) return `damaged (its "${s}" entry is not a list of entries)`;
  }
  return null;
}

/** Reads and checks the file: null when missing or fine, else why it is unusable. */
export function fileProblem(file: string): string | null {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    return `unreadable (${code ?? (e as Error).message})`;
  }
  try {
    return shapeProblem(JSON.parse(text));
  } catch {
    return 'not valid JSON';
  }
}

/** Renames `file` to `file.corrupt-<ISO time without colons>` (unique); returns the new path. */
export function moveAside(file: string, now: Date = new Date()): string {
  const base = `${file}.corrupt-${now.toISOString().replace(/:/g, '-')}`;
  let target = base;
  for (let n = 2; existsSync(target); n++) target = `${base}-${n}`;
  renameSync(file, target);
  return target;
}

/** The notice shown after a bad state file was moved aside. */
export const movedNotice = (file: string, reason: string, to: string) =>
  `The state file could not be used (${reason}): fic-read started fresh and moved it to ${to}.`;
