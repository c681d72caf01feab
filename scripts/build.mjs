// Bundles the CLI into one file so start-up does not open hundreds of modules.
import { build } from 'esbuild';

/** The CLI's settings; the index worker (dist/index-worker.js) is bundled the same way, next to it, where index-pool.ts looks for it. */
const options = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Everything, ink and react included, goes in one file: start-up reads one module, not hundreds.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  jsx: 'automatic',
  sourcemap: 'linked',
  plugins: [
    {
      // Ink imports its devtools only when DEV=true; they are not installed, so they become an empty module.
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

await Promise.all([
  build({ ...options, entryPoints: ['src/main.ts'], outfile: 'dist/fic-read.js' }),
  build({ ...options, entryPoints: ['src/io/index-worker.ts'], outfile: 'dist/index-worker.js' }),
]);
