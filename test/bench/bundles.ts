/**
 * Bundles the bench's child script and the one-line Ink app with esbuild,
 * the way scripts/build.mjs bundles the CLI, so every process the bench
 * times loads code the way the shipped CLI does. The output goes to
 * node_modules/.cache: bare imports (ink, react) then resolve from the
 * project's node_modules, as they do for dist/fic-read.js.
 */
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './pty-timer.js';

export interface Bundles {
  child: string;
  hello: string;
}

export async function buildBundles(): Promise<Bundles> {
  const out = join(ROOT, 'node_modules', '.cache', 'fic-read-bench');
  mkdirSync(out, { recursive: true });
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'esm' as const,
    target: 'node20',
    packages: 'external' as const,
    jsx: 'automatic' as const,
    logLevel: 'warning' as const,
    define: { 'process.env.NODE_ENV': '"production"' },
  };
  const child = join(out, 'child.mjs');
  const hello = join(out, 'hello-ink.mjs');
  await build({ ...common, entryPoints: [join(ROOT, 'test/bench/child.ts')], outfile: child });
  await build({ ...common, entryPoints: [join(ROOT, 'test/bench/hello-ink.tsx')], outfile: hello });
  return { child, hello };
}
