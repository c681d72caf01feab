/**
 * Bundles the bench's child script and the one-line Ink app with the same
 * esbuild settings as scripts/build.mjs (keep the two in step): everything,
 * ink and react included, in one file. The Ink baseline is only fair if it
 * loads the way dist/fic-read.js does, and the child's timings and heap
 * are then those of shipped code, not of a TypeScript loader.
 */
import { build, type BuildOptions } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './pty-timer.js';

export interface Bundles {
  child: string;
  hello: string;
}

const LIKE_THE_CLI: BuildOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  jsx: 'automatic',
  plugins: [
    {
      name: 'no-devtools',
      setup(b) {
        b.onResolve({ filter: /^react-devtools-core$/ }, () => ({ path: 'react-devtools-core', namespace: 'stub' }));
        b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({ contents: 'export default { connectToDevTools() {} };' }));
      },
    },
  ],
  logLevel: 'warning',
  define: { 'process.env.NODE_ENV': '"production"' },
};

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
