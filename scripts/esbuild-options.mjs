// esbuild settings shared by the CLI build (scripts/build.mjs) and the benchmark's bundles
// (test/bench/bundles.ts), so the bench measures code built exactly as shipped.

/** Everything, ink and react included, in one ESM file for Node 20: start-up reads one module, not hundreds. */
export const bundleOptions = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS dependencies call require(); ESM has none, so the bundle makes one.
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  jsx: 'automatic',
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
