/**
 * What the bench runs in a fresh process, bundled by esbuild like the real
 * CLI (so the timings and heap are those of the shipped code, not of a
 * TypeScript loader). Prints one JSON line on stdout.
 *
 *   scan <root> [cacheDir]          scanLibrary; ms inside the process
 *   readall <root>                  baseline: walk + fs.readFileSync every .txt
 *   heap <root> <cacheDir>          scanLibrary from the cache, gc, heapUsed/rss (needs --expose-gc)
 *   heap-empty                      the same figures for a process that did nothing
 *   work <root> <relPath> <section> <offset> <width>
 *                                   readWork + lay out the current section, gc, rss
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { scanLibrary, readWork } from '../../src/io/scan-library.js';
import { scanLibraryAsync } from '../../src/io/scan-library-async.js';
import { layoutWorkSection } from '../../src/core/layout.js';

/** Kept alive across gc() so what is measured is what the app would hold. */
const retained: unknown[] = [];

function memory(): { heapUsed: number; rss: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run with --expose-gc');
  gc();
  gc();
  const m = process.memoryUsage();
  return { heapUsed: m.heapUsed, rss: m.rss };
}

function readAll(root: string): { ms: number; files: number; bytes: number } {
  const t0 = performance.now();
  let files = 0;
  let bytes = 0;
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.txt')) {
        bytes += readFileSync(join(dir, e.name)).length;
        files++;
      }
    }
  };
  walk(root);
  return { ms: performance.now() - t0, files, bytes };
}

function main(args: string[]): unknown {
  const [mode, ...rest] = args;
  switch (mode) {
    case 'scan': {
      // As the CLI indexes: worker threads on every core (dist-like index-worker.js beside this bundle).
      const [root, cacheDir] = rest;
      const t0 = performance.now();
      return scanLibraryAsync(root, { cacheDir: cacheDir || undefined }).then((r) => ({
        ms: performance.now() - t0,
        works: r.works.length,
        warnings: r.warnings.length,
      }));
    }
    case 'readall':
      return readAll(rest[0]);
    case 'heap': {
      const [root, cacheDir] = rest;
      const r = scanLibrary(root, { cacheDir });
      retained.push(r);
      return { works: r.works.length, ...memory() };
    }
    case 'heap-empty':
      return memory();
    case 'work': {
      const [root, rel, section, offset, width] = rest;
      const t0 = performance.now();
      const work = readWork(root, { path: rel, files: [rel] }, 'bench');
      if (!('text' in work)) throw new Error(`${work.path}: ${work.reason}`);
      const lines = layoutWorkSection(work, Number(section), Number(width));
      const ms = performance.now() - t0;
      retained.push(work, lines);
      return { ms, sections: work.sections.length, lines: lines.length, offset: Number(offset), ...memory() };
    }
    default:
      throw new Error(`unknown mode ${mode}`);
  }
}

process.stdout.write(JSON.stringify(await main(process.argv.slice(2))) + '\n');
