/**
 * Bundles the bench's child script and the one-line Ink app with the same
 * esbuild settings as scripts/build.mjs (scripts/esbuild-options.mjs): everything,
 * ink and react included, in one file. The Ink baseline is only fair if it
 * loads the way dist/fic-read.js does, and the child's timings and heap
 * are then those of shipped code, not of a TypeScript loader.
 */
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './pty-timer.js';
import { bundleOptions } from '../../scripts/esbuild-options.mjs';

export interface Bundles {
  child: string;
  hello: string;
}

const LIKE_THE_CLI: BuildOptions = bundleOptions;

export async function buildBundles(): Promise<Bundles> {
  // Inside the project (node_modules/.cache is ignored by git), so any import left external still resolves.
  const out = join(ROOT, 'node_modules', '.cache', 'fic-read-bench');
  mkdirSync(out, { recursive: true });
  const child = join(out, 'child.mjs');
  const hello = join(out, 'hello-ink.mjs');
  await build({ ...LIKE_THE_CLI, entryPoints: [join(ROOT, 'test/bench/child.ts')], outfile: child });
  await build({ ...LIKE_THE_CLI, entryPoints: [join(ROOT, 'test/bench/hello-ink.tsx')], outfile: hello });
  // The indexing workers must sit beside the bundle that starts them, as dist/index-worker.js does.
  await build({ ...LIKE_THE_CLI, entryPoints: [join(ROOT, 'src/io/index-worker.ts')], outfile: join(out, 'index-worker.js') });
  return { child, hello };
}
