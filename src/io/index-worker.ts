/**
 * Worker-thread entry of the index pool (see index-pool.ts): reads and
 * summarises the works of each batch it is sent and posts the summaries back.
 * Bundled on its own as dist/index-worker.js; run from the sources by tsx.
 */
import { parentPort } from 'node:worker_threads';
import { readSummary, type WorkEntry, type WorkLocation } from './scan-library.js';
import type { LoadWarning } from '../core/types.js';

/** One work to summarise. */
export interface IndexJob {
  location: WorkLocation;
  id: string;
}

/** Main thread → worker: a batch of works of one library. */
export interface IndexBatch {
  /** Echoed in the reply, so the pool knows which batch came back. */
  seq: number;
  root: string;
  jobs: IndexJob[];
}

/** Worker → main thread: one result per job, in the batch's order (plain objects, structured-cloned). */
export interface IndexReply {
  seq: number;
  results: (WorkEntry | LoadWarning)[];
}

// No try/catch: a throw here is a programming error, the worker dies, and the
// pool redoes the batch on the main thread, where it throws as scanLibrary would.
parentPort?.on('message', (batch: IndexBatch) => {
  const results = batch.jobs.map((job) => readSummary(batch.root, job.location, job.id));
  parentPort?.postMessage({ seq: batch.seq, results } satisfies IndexReply);
});
