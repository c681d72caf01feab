/**
 * The file-backed {@link StateStore}: one `config.json` in the config folder,
 * kept by conf (which writes atomically: temp file + rename, via
 * `atomically`).
 *
 * Layout: `{ positions: {<id>: SavedPosition}, bookmarks: {<id>: Bookmark[]},
 * settings: Settings }`. Every write changes one key of the file as it is on
 * disk at that moment, under a lock (see `state-write.ts`): conf's own
 * `set()` re-reads too, but without a lock two windows' writes could
 * interleave and one undo the other. A file that is not valid JSON, or whose
 * sections have the wrong shape, is moved aside to `config.json.corrupt-<time>`
 * and the store starts fresh with a {@link StateStore.notice}; a read-only
 * one is read but never replaced. Nothing here throws.
 */
import Conf from 'conf';
import { join } from 'node:path';
import { statSync } from 'node:fs';
import { resolveConfigDir } from './config-dir.js';
import { fileProblem, moveAside, movedNotice, readOnlyProblem } from './state-file.js';
import { sweepLeftovers } from './state-write.js';
import { ConfStore, NOT_SAVED } from './conf-store.js';
import { createMemoryStore, type StateStore } from './store-data.js';

export * from './store-data.js';
export { resolveConfigDir } from './config-dir.js';
export { moveAside } from './state-file.js';

/** Name of the state file inside the config folder. */
export const STATE_FILE = 'config.json';

/** The permission bits of `file`, if it exists. */
function fileMode(file: string): number | undefined {
  try {
    return statSync(file).mode & 0o777;
  } catch {
    return undefined;
  }
}

/**
 * Opens the state store in `configDir` (default: {@link resolveConfigDir}).
 * Never throws: a corrupt file is moved aside (see {@link StateStore.notice});
 * if the folder cannot be used at all, an in-memory store is returned whose
 * notice says positions will not be kept.
 */
export function openStore(configDir?: string): StateStore {
  const dir = configDir ?? resolveConfigDir();
  const file = join(dir, STATE_FILE);
  let notice: string | null = null;
  const problem = fileProblem(file);
  const ro = readOnlyProblem(file);
  // A read-only file is the user's to keep: even a bad one is left where it is.
  if (problem && ro) {
    return createMemoryStore({ notice: `The state file could not be used (${problem}) and ${ro}, so it was left as it is; ${NOT_SAVED}` });
  }
  if (!ro) sweepLeftovers(file);
  if (problem) {
    try {
      notice = movedNotice(file, problem, moveAside(file));
    } catch (e) {
      return createMemoryStore({
        notice: `The state file ${file} is ${problem} and could not be moved aside (${(e as Error).message}); ${NOT_SAVED}`,
      });
    }
  }
  try {
    const conf = new Conf<Record<string, unknown>>({
      projectName: 'fic-read',
      cwd: dir,
      configName: 'config',
      clearInvalidConfig: false,
      // conf would write every save with 0666 (less umask): a file the user made private stays private.
      configFileMode: fileMode(file) ?? 0o666,
    });
    return new ConfStore(conf, notice, ro);
  } catch (e) {
    return createMemoryStore({
      notice: `Cannot use the config folder ${dir} (${(e as Error).message}); ${NOT_SAVED}`,
    });
  }
}
