/**
 * Summarises many works on worker threads: a cold index is CPU-bound
 * (decoding, structure detection, hashing), so it runs on every core. Works
 * go out in batches to limit message overhead. Whatever goes wrong with a
 * worker, its works are done on the main thread: none is lost, nothing hangs.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { isLoadWarning, readSummary, type WorkEntry } from './scan-library.js';
import type { IndexBatch, IndexJob, IndexReply } from './index-worker.js';
import type { LoadWarning } from '../core/types.js';

export type { IndexJob } from './index-worker.js';

/** Options of {@link summarizeAll}. */
export interface PoolOptions {
  /** Worker threads to use; 1 means the main thread only. Default: the cores, at most 4. */
  threads?: number;
  /** Called after each work with (done, total, bytes of the works read so far). */
  onProgress?(done: number, total: number, bytes: number): void;
  /** Told why a worker failed (its works are then done on the main thread): for diagnostics only. */
  onWorkerError?(error: unknown): void;
}

/** Below this many works, starting workers (~30–50 ms each) costs more than it saves. */
export const MIN_JOBS_FOR_WORKERS = 64;
/** Works per message at most (and at least, near the end): enough to amortise a round trip, few enough to balance the load. */
const BATCH = 32;
const MIN_BATCH = 4;
/** Batches queued per worker, so it never idles waiting for the next one. */
const IN_FLIGHT = 2;

/** Default thread count: one per core, at most 4 (each worker costs start-up time and its own heap). */
export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

/**
 * The worker script: dist/index-worker.js next to the bundle, or
 * src/io/index-worker.ts when running from the sources; null if neither exists.
 */
export function findWorkerEntry(base: string = import.meta.url): URL | null {
  for (const name of ['./index-worker.js', './index-worker.ts']) {
    const url = new URL(name, base);
    if (url.protocol === 'file:' && existsSync(fileURLToPath(url))) return url;
  }
  return null;
}

/**
 * Starts a worker. A TypeScript entry (running from the sources) first
 * registers tsx's loader: Node 20 ignores `--import tsx` in a worker's
 * execArgv, and tsx's plain entry does not register itself off the main
 * thread, so its ESM API is called explicitly.
 */
function spawn(entry: URL): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry);
  const tsx = import.meta.resolve('tsx/esm/api');
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true });
}

/**
 * Reads and summarises every job, on `threads` workers when there are enough
 * jobs to pay for them. Results come back in input order.
 */
export async function summarizeAll(root: string, jobs: IndexJob[], opts: PoolOptions = {}): Promise<(WorkEntry | LoadWarning)[]> {
  const results: (WorkEntry | LoadWarning)[] = new Array(jobs.length);
  let done = 0;
  let bytes = 0;
  const record = (i: number, result: WorkEntry | LoadWarning) => {
    results[i] = result;
    done++;
    if (!isLoadWarning(result)) bytes += result.bytes;
    opts.onProgress?.(done, jobs.length, bytes);
  };
  const runHere = (start: number, end: number) => {
    for (let i = start; i < end; i++) record(i, readSummary(root, jobs[i].location, jobs[i].id));
  };

  const threads = Math.max(1, Math.floor(opts.threads ?? defaultThreads()));
  const entry = threads > 1 && jobs.length >= MIN_JOBS_FOR_WORKERS ? findWorkerEntry() : null;
  // A bundle built without its worker (see scripts/build.mjs) still indexes, on one core: say so.
  if (!entry && threads > 1 && jobs.length >= MIN_JOBS_FOR_WORKERS) opts.onWorkerError?.(new Error(`no index-worker script next to ${import.meta.url}`));
  if (!entry) {
    runHere(0, jobs.length);
    return results;
  }
  const leftOver = await runOnWorkers({
    entry,
    count: Math.min(threads, Math.ceil(jobs.length / BATCH)),
    total: jobs.length,
    makeBatch: ({ start, end }) => ({ seq: start, root, jobs: jobs.slice(start, end) }),
    onWorkerError: opts.onWorkerError,
    onReply: ({ start, end }, reply) => {
      if (reply.results.length !== end - start) return false;
      reply.results.forEach((r, k) => record(start + k, r));
      return true;
    },
  });
  // Batches no worker could finish: done here, in order, after every worker has stopped.
  for (const { start, end } of leftOver.sort((a, b) => a.start - b.start)) runHere(start, end);
  return results;
}

/** A batch: jobs `start` (also its seq) to `end` (excluded). */
interface Range {
  start: number;
  end: number;
}

/** What {@link runOnWorkers} needs. */
interface PoolRun {
  entry: URL;
  count: number;
  total: number;
  makeBatch(range: Range): IndexBatch;
  /** Takes a reply in; false when it does not fit its batch (the worker is then treated as broken). */
  onReply(range: Range, reply: IndexReply): boolean;
  onWorkerError?(error: unknown): void;
}

interface Running {
  worker: Worker;
  inFlight: Map<number, Range>;
}

/**
 * Feeds jobs 0..total to `count` workers and resolves, once every worker is
 * idle or dead, with the ranges left undone: those of workers that failed to
 * start, crashed or sent back garbage. Rejects only if `onReply` throws.
 */
function runOnWorkers({ entry, count, total, makeBatch, onReply, onWorkerError }: PoolRun): Promise<Range[]> {
  return new Promise((resolve, reject) => {
    const leftOver: Range[] = [];
    const live = new Set<Running>();
    let next = 0;
    let finished = false;
    const stop = () => {
      finished = true;
      for (const w of live) void w.worker.terminate();
      live.clear();
    };
    const settle = () => {
      if (finished || (live.size && (next < total || [...live].some((w) => w.inFlight.size)))) return;
      stop();
      resolve(next < total ? [...leftOver, { start: next, end: total }] : leftOver);
    };
    const feed = (w: Running) => {
      while (w.inFlight.size < IN_FLIGHT && next < total) {
        // Batches shrink towards the end, so no worker is left with a long batch while the others idle.
        const size = Math.max(MIN_BATCH, Math.min(BATCH, Math.ceil((total - next) / (4 * count * IN_FLIGHT))));
        const range = { start: next, end: Math.min(total, next + size) };
        next = range.end;
        w.inFlight.set(range.start, range);
        w.worker.postMessage(makeBatch(range));
      }
    };
    const fail = (w: Running, why: unknown) => {
      if (finished || !live.delete(w)) return;
      onWorkerError?.(why);
      leftOver.push(...w.inFlight.values());
      void w.worker.terminate();
      settle();
    };
    const receive = (w: Running, reply: IndexReply) => {
      if (finished) return;
      const range = w.inFlight.get(reply?.seq);
      if (!range || !Array.isArray(reply.results)) return fail(w, new Error('index worker sent a malformed reply'));
      let ok: boolean;
      try {
        ok = onReply(range, reply);
      } catch (error) {
        // The caller's progress callback threw: stop everything and pass the error on, as scanLibrary would.
        stop();
        return reject(error);
      }
      if (!ok) return fail(w, new Error('index worker sent the wrong number of results'));
      w.inFlight.delete(range.start);
      feed(w);
      settle();
    };
    for (let n = 0; n < count; n++) {
      let worker: Worker;
      try {
        worker = spawn(entry);
      } catch (error) {
        onWorkerError?.(error); // e.g. tsx missing when running from the sources: the main thread does it
        continue;
      }
      const w: Running = { worker, inFlight: new Map() };
      live.add(w);
      worker.on('message', (reply: IndexReply) => receive(w, reply));
      worker.on('error', (error) => fail(w, error));
      worker.on('messageerror', (error) => fail(w, error));
      worker.on('exit', (code) => fail(w, new Error(`index worker exited (code ${code})`)));
      feed(w);
    }
    settle();
  });
}
