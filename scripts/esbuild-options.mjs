import { readFile } from 'node:fs/promises';

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
      // Yoga (Ink's layout engine) carries its WebAssembly as a base64 data: URL and, when
      // there is a global fetch, reads it with fetch(): in Node that loads undici, ~25 ms of a
      // ~150 ms start. Without fetch it decodes the same bytes in place (atob), in ~2 ms.
      name: 'yoga-without-fetch',
      setup(b) {
        b.onLoad({ filter: /yoga-layout[\\/]dist[\\/]binaries[\\/]yoga-wasm-base64-esm\.js$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const patched = source.replace('function ya(){return w||"function"!=typeof fetch?', 'function ya(){return w||!0?');
          if (patched !== source) return { contents: patched, loader: 'js' };
          return { contents: source, loader: 'js', warnings: [{ text: 'yoga-layout changed: its wasm is read with fetch again (update yoga-without-fetch)' }] };
        });
      },
    },
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
