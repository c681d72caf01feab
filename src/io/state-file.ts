/**
 * Checks on the state file itself: is it usable JSON of the right shape, and
 * moving a bad one aside (never deleting it) so fic-read can start fresh.
 */
import { accessSync, constants, existsSync, readFileSync, renameSync, statSync } from 'node:fs';
import { dirname } from 'node:path';

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

/** The file's content when usable ({} when there is none yet), else why it is not. */
export function readState(file: string): { data: Record<string, unknown> } | { problem: string } {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { data: {} };
    return { problem: `unreadable (${code ?? (e as Error).message})` };
  }
  // Said apart from "not valid JSON": an empty file is most often a disk that filled up under another program.
  if (!text.trim()) return { problem: 'empty' };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON' };
  }
  const problem = shapeProblem(data);
  return problem ? { problem } : { data: data as Record<string, unknown> };
}

/** Reads and checks the file: null when missing or fine, else why it is unusable. */
export function fileProblem(file: string): string | null {
  const r = readState(file);
  return 'problem' in r ? r.problem : null;
}

const noWriteBits = (path: string) => (statSync(path).mode & 0o222) === 0;

/**
 * Why the state file may not be written, or null. A file or folder without
 * write permission bits is read-only even for root (who could write it
 * anyway): someone made it so on purpose, and fic-read must not replace it.
 */
export function readOnlyProblem(file: string): string | null {
  const dir = dirname(file);
  try {
    if (noWriteBits(file)) return `${file} is read-only`;
    accessSync(file, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `${file} is read-only`;
    if (code !== 'ENOENT') return null;
  }
  try {
    if (noWriteBits(dir)) return `the folder ${dir} is read-only`;
    accessSync(dir, constants.W_OK);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return `the folder ${dir} is read-only`;
  }
  return null;
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
