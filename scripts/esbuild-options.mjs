import { readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const narrowText = fileURLToPath(new URL('../src/core/narrow-text.ts', import.meta.url));
const lazySegmenter = fileURLToPath(new URL('./lazy-segmenter.mjs', import.meta.url));

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
      // Every string-width in the bundle (Ink's, its helpers', ours; each its own version) answers
      // for plain Latin text and the screens' punctuation at once, as it does for ASCII: see
      // src/core/narrow-text.ts. Anything else, or any options, still goes to string-width.
      name: 'narrow-string-width',
      setup(b) {
        b.onResolve({ filter: /^string-width$/ }, async (args) => {
          if (args.pluginData?.real) return undefined;
          const { kind, importer, resolveDir } = args;
          const real = await b.resolve('string-width', { kind, importer, resolveDir, pluginData: { real: true } });
          if (real.errors.length > 0) return { errors: real.errors };
          return { path: real.path, namespace: 'narrow-string-width' };
        });
        // string-width 8 compiles its emoji pattern when loaded, ~10 ms of every start (the Ink
        // baseline's too): built on first use instead, which plain text never reaches.
        b.onLoad({ filter: /[\\/]string-width[\\/]index\.js$/, namespace: 'file' }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const eager = 'const rgiEmojiRegex = /^\\p{RGI_Emoji}$/v;';
          if (!source.includes(eager)) return undefined;
          // Compiling it costs ~50 ms, and a page of prose with one accented word got there: only a segment with an
          // emoji-presentation character (U+231A–U+2B55), VS16, a keycap mark or a character past U+FFFF can be an
          // RGI emoji (checked over every BMP character), so the others are answered without it.
          const lazy =
            "let rgiEmoji; const mayBeEmoji = /[\\u231a-\\u2b55\\ufe0f\\u20e3\\ud800-\\udfff]/; const rgiEmojiRegex = { test: (s) => mayBeEmoji.test(s) && (rgiEmoji ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(s) };";
          return { contents: source.replace(eager, () => lazy), loader: 'js' };
        });
        b.onLoad({ filter: /.*/, namespace: 'narrow-string-width' }, (args) => ({
          contents: [
            `import stringWidth from ${JSON.stringify(args.path)};`,
            `import { narrowWidth } from ${JSON.stringify(narrowText)};`,
            'export default function width(s, options) {',
            "  const n = options === undefined && typeof s === 'string' ? narrowWidth(s) : undefined;",
            '  return n ?? stringWidth(s, options);',
            '}',
          ].join('\n'),
          loader: 'js',
          resolveDir: dirname(args.path),
        }));
      },
    },
    {
      // Ink tokenises each line of each frame with a grapheme segmenter (@alcalzone/ansi-tokenize): a
      // line of plain text and colour codes is cut one code unit a grapheme instead, the same cut
      // (src/core/narrow-text.ts), so a library of plain titles never makes the first segmenter (~12 ms).
      name: 'narrow-tokenize',
      setup(b) {
        b.onLoad({ filter: /[\\/]ansi-tokenize[\\/]build[\\/]tokenize\.js$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const call = 'of segmenter.segment(str))';
          if (source.split(call).length !== 2) {
            return { contents: source, loader: 'js', warnings: [{ text: 'ansi-tokenize changed: every line goes through Intl.Segmenter again (update narrow-tokenize)' }] };
          }
          const contents = `import { narrowSegments } from ${JSON.stringify(narrowText)};\n${source.replace(call, () => 'of (narrowSegments(str) ?? segmenter.segment(str)))')}`;
          return { contents, loader: 'js', resolveDir: dirname(args.path) };
        });
      },
    },
    {
      // conf imports ajv (with its formats) and semver at load, ~300 kB run at every start; it uses
      // ajv only for a schema and semver only for migrations, and fic-read passes neither. Loaded
      // on first use instead (still bundled: esbuild turns these require() calls into its own).
      name: 'conf-lazy-validators',
      setup(b) {
        b.onLoad({ filter: /[\\/]conf[\\/]dist[\\/]source[\\/]index\.js$/ }, async (args) => {
          const source = await readFile(args.path, 'utf8');
          const edits = [
            ["import { Ajv2020 as Ajv } from 'ajv/dist/2020.js';\n", ''],
            ["import ajvFormatsModule from 'ajv-formats';\n", ''],
            ["import semver from 'semver';\n", "let semverModule;\nconst semver = new Proxy({}, { get: (_, name) => (semverModule ??= require('semver'))[name] });\n"],
            ['const ajvFormats = ajvFormatsModule.default;', "const { Ajv2020: Ajv } = require('ajv/dist/2020.js');\n        const ajvFormats = require('ajv-formats').default;"],
          ];
          if (!edits.every(([from]) => source.split(from).length === 2)) {
            return { contents: source, loader: 'js', warnings: [{ text: 'conf changed: ajv and semver load eagerly again (update conf-lazy-validators)' }] };
          }
          return { contents: edits.reduce((s, [from, to]) => s.replace(from, () => to), source), loader: 'js' };
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
  // Every `new Intl.Segmenter` makes its ICU data load on first use: see lazy-segmenter.mjs.
  inject: [lazySegmenter],
  define: { 'process.env.NODE_ENV': '"production"', 'Intl.Segmenter': 'LazySegmenter' },
};
