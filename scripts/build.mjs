// Bundles the CLI into one file so start-up does not open hundreds of modules, and the
// index worker next to it (dist/index-worker.js), where src/io/index-pool.ts looks for it.
import { build } from 'esbuild';
import { bundleOptions } from './esbuild-options.mjs';

const options = { ...bundleOptions, sourcemap: 'linked' };
await Promise.all([
  build({ ...options, entryPoints: ['src/main.ts'], outfile: 'dist/fic-read.js' }),
  build({ ...options, entryPoints: ['src/io/index-worker.ts'], outfile: 'dist/index-worker.js' }),
]);
