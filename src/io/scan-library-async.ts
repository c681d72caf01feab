/**
 * {@link scanLibrary} on every core: the same scan (find works, reuse cached
 * entries whose stamps match, merge duplicates, write the cache), with the
 * works the cache cannot serve read and summarised on worker threads.
 */
import { checkCache, findLocations, finishScan, type ScanOptions, type ScanOutcome, type ScanResult, type WorkEntry } from './scan-library.js';
import { summarizeAll, type PoolOptions } from './index-pool.js';
import { readIndexAsync, type CachedWork, type FileStamp } from './index-cache.js';

/** Options of {@link scanLibraryAsync}. */
export interface AsyncScanOptions extends ScanOptions {
  /** Worker threads for the works to read; 1 means the main thread only. Default: the cores, at most 4. */
  threads?: number;
  /** See {@link PoolOptions.onWorkerError}. */
  onWorkerError?(error: unknown): void;
}

/**
 * Finds every work under `root` and summarises it, as {@link scanLibrary}
 * does and with the same result, but reads uncached works in parallel.
 * Progress counts cache hits first, then works as they come back.
 * Throws (rejects with) LibraryMissingError like scanLibrary.
 */
export async function scanLibraryAsync(root: string, options: AsyncScanOptions = {}): Promise<ScanResult> {
  // The scan runs while the library is on screen: it gives the event loop a turn every few milliseconds
  // of work (parsing the cache, stat-ing files), so keys typed meanwhile are answered at once.
  const found = findLocations(root);
  await turn();
  const cache = options.cacheDir ? await readIndexAsync<WorkEntry>(options.cacheDir, root, turn) : new Map<string, CachedWork<WorkEntry>>();
  const plan = { ...found, cache };
  const total = plan.locations.length;
  const outcomes: ScanOutcome[] = new Array(total);
  // Stamps are taken before any read, as scanLibrary does per work, so a file changed mid-scan is re-read next time.
  const misses: { index: number; stamps: FileStamp[] }[] = [];
  for (let i = 0; i < total; i++) {
    const check = checkCache(root, plan, i);
    if (check.kind === 'miss') misses.push({ index: i, stamps: check.stamps });
    else outcomes[i] = check;
    if (i % CHECKS_PER_TURN === CHECKS_PER_TURN - 1) await turn();
  }
  const served = total - misses.length;
  options.onProgress?.(served, total, 0);
  const jobs = misses.map(({ index }) => ({ location: plan.locations[index], id: plan.ids[index] }));
  const results = await summarizeAll(root, jobs, {
    threads: options.threads,
    onWorkerError: options.onWorkerError,
    onProgress: options.onProgress && ((done, _n, bytes) => options.onProgress?.(served + done, total, bytes)),
  });
  misses.forEach(({ index, stamps }, k) => {
    outcomes[index] = { kind: 'read', result: results[k], stamps };
  });
  await turn();
  return finishScan(root, options, plan, outcomes);
}

/** Files stat-ed and matched with the cache between two turns of the event loop (a few milliseconds). */
const CHECKS_PER_TURN = 500;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
