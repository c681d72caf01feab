#!/usr/bin/env node
// Differential check of the indexer: indexes each library with two builds of the CLI (say, a
// copy of dist/ from before a change and the current one), each with its own empty cache, and
// compares what they wrote (the full index and the list index), file stamps and all.
//   node scripts/index-diff.mjs <old-dist-dir> <new-dist-dir> <library>...
// Exits 1 on the first library whose entries differ, printing the first differences.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

const [oldDist, newDist, ...libraries] = process.argv.slice(2);
if (!oldDist || !newDist || libraries.length === 0) {
  console.error('usage: node scripts/index-diff.mjs <old-dist-dir> <new-dist-dir> <library>...');
  process.exit(2);
}

/** Indexes `library` with the CLI bundle in `dist`; returns the cache files' contents (version field dropped) and the wall time. */
function index(dist, library) {
  const dir = mkdtempSync(join(tmpdir(), 'fic-read-diff-'));
  const env = { ...process.env, FIC_READ_CONFIG_DIR: join(dir, 'config'), FIC_READ_CACHE_DIR: join(dir, 'cache') };
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(resolve(dist), 'fic-read.js'), '--library', library, 'index'], { env, encoding: 'utf8' });
  const ms = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${dist} index ${library} failed: ${r.stderr}`);
  // The full index may be one file or several (shards): its works are compared as one list in path order.
  const files = { index: { works: [] } };
  for (const f of readdirSync(join(dir, 'cache')).sort()) {
    const { version: _v, ...data } = JSON.parse(readFileSync(join(dir, 'cache', f), 'utf8'));
    // The list index is derived from the full one (its layout changes between versions): not compared.
    if (f.endsWith('.list.json')) continue;
    files.index.works.push(...data.works);
  }
  const key = (w) => w.stamps.map((s) => s.path).join('\n');
  files.index.works.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  rmSync(dir, { recursive: true, force: true });
  return { files, ms };
}

/** The first few paths where two JSON values differ. */
function differences(a, b, path = '', out = []) {
  if (out.length >= 10 || isDeepStrictEqual(a, b)) return out;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) differences(a[k], b[k], `${path}/${k}`, out);
  } else out.push(`${path}: ${JSON.stringify(a)?.slice(0, 200)} ≠ ${JSON.stringify(b)?.slice(0, 200)}`);
  return out;
}

let failed = false;
for (const library of libraries) {
  const before = index(oldDist, resolve(library));
  const after = index(newDist, resolve(library));
  const works = Object.values(after.files).reduce((n, f) => n + (f.works?.length ?? 0), 0);
  const diff = differences(before.files, after.files);
  console.log(`${diff.length ? 'DIFFERENT' : 'same'}  ${library}: ${works} works, ${(before.ms / 1000).toFixed(2)} s → ${(after.ms / 1000).toFixed(2)} s`);
  for (const d of diff) console.log(`  ${d}`);
  failed ||= diff.length > 0 || works === 0;
}
process.exit(failed ? 1 : 0);
