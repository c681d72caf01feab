/**
 * `npm run bench [-- --small] [-- --profile]`: measures fic-read against its
 * performance targets and prints one table on stdout (progress on stderr).
 * Baselines are measured in the same run, on the same machine and corpus, so
 * ratios stay meaningful on a slow or busy box. Missed targets are reported
 * in the table; the exit status is 0 regardless (this is a report, not a test).
 */
import { spawnSync } from 'node:child_process';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, rmSync, statSync, truncateSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { ensureCorpus, type BenchData } from './generate.js';
import { buildBundles, type Bundles } from './bundles.js';
import { ROOT, timeInPty, type PtyRun } from './pty-timer.js';
import { loadBenchWork, timeKeys } from './keys.js';
import { profileColdScan } from './profile.js';
import { fmtMiB, fmtMs, fmtRatio, median, MiB, percentile } from './stats.js';
import { renderTable, type Row } from './table.js';
import { partSection } from '../../src/core/start-position.js';
import { scanLibrary } from '../../src/io/scan-library.js';
import { openStore } from '../../src/io/store.js';

const RUNS = { cold: 3, fast: 7, keys: 3, memory: 3, incremental: 5 };
const COLS = 100;
const ROWS = 30;
const BIN = join(ROOT, 'bin/fic-read.js');

const log = (msg: string) => process.stderr.write(`bench: ${msg}\n`);
/** Temp folders of this run (config dirs, index caches), removed at the end; the corpus is kept. */
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `fic-read-bench-${prefix}-`));
  temps.push(dir);
  return dir;
};

/** Runs the bundled child script in a fresh node and returns its JSON line. */
function child<T>(bundles: Bundles, args: string[], nodeFlags: string[] = []): T {
  const r = spawnSync(process.execPath, [...nodeFlags, bundles.child, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`child ${args[0]} failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split('\n').pop() ?? '') as T;
}

function repeat<T>(n: number, label: string, f: (i: number) => T): T[] {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    out.push(f(i));
    log(`  ${label} ${i + 1}/${n}`);
  }
  return out;
}

async function repeatAsync<T>(n: number, label: string, f: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = [];
  for (let i = 0; i < n; i++) {
    out.push(await f(i));
    log(`  ${label} ${i + 1}/${n}`);
  }
  return out;
}

/** `wc -w` over every .txt under root, wall time (in a UTF-8 locale, as a reader's shell would be). */
function wcWords(root: string): number {
  const t0 = performance.now();
  const r = spawnSync('sh', ['-c', 'find "$1" -name "*.txt" -print0 | xargs -0 wc -w | tail -n 1', 'sh', root], {
    env: { ...process.env, LC_ALL: 'C.UTF-8' },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`wc failed: ${r.stderr}`);
  return performance.now() - t0;
}

function txtFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.isDirectory()) walk(join(dir, e.name));
      else if (e.name.endsWith('.txt')) out.push(join(dir, e.name));
    }
  };
  walk(root);
  return out;
}

interface Ctx {
  data: BenchData;
  bundles: Bundles;
  rows: Row[];
}

// ------------------------------------------------------------------ cold index

async function coldIndex({ data, bundles, rows }: Ctx): Promise<{ coldMs: number; warmCache: string; works: number }> {
  log('cold index: warming the page cache (one untimed read of every file)');
  child(bundles, ['readall', data.library]);
  log(`cold index: scanLibrary with an empty cache, fresh process (${RUNS.cold} runs)`);
  let warmCache = '';
  let works = 0;
  const scans = repeat(RUNS.cold, 'cold scan', () => {
    warmCache = temp('cache');
    const r = child<{ ms: number; works: number; warnings: number }>(bundles, ['scan', data.library, warmCache]);
    works = r.works;
    return r.ms;
  });
  const reads = repeat(RUNS.cold, 'readFileSync all', () => child<{ ms: number }>(bundles, ['readall', data.library]).ms);
  const wcs = repeat(RUNS.cold, 'wc -w', () => wcWords(data.library));
  const cold = median(scans);
  const wc = median(wcs);
  rows.push({
    figure: `cold index, ${works} works, ${(data.bytes / 1e9).toFixed(2)} GB [median of ${RUNS.cold}]`,
    measured: fmtMs(cold),
    baselines: `wc -w ${fmtMs(wc)}; readFileSync all ${fmtMs(median(reads))}`,
    ratio: `${fmtRatio(cold / wc)} wc`,
    target: '≤ 2.0 s and ≤ 0.4× wc -w',
    met: cold <= 2000 && cold <= 0.4 * wc,
  });
  return { coldMs: cold, warmCache, works };
}

// ------------------------------------------------------------------ start-up in a pty

interface StartBaselines {
  node: number;
  hello: number;
  text: string;
}

/** Runs `a` and the baselines interleaved, so drift on a busy machine hits all of them alike. */
async function withBaselines(bundles: Bundles, label: string, run: (i: number) => Promise<PtyRun>): Promise<{ runs: PtyRun[]; base: StartBaselines }> {
  const runs: PtyRun[] = [];
  const node: number[] = [];
  const hello: number[] = [];
  // One untimed round first: the first spawn pays for loading files from disk.
  await run(-1);
  await timeInPty([bundles.hello], { until: 'hello from ink', cols: COLS, rows: ROWS });
  for (let i = 0; i < RUNS.fast; i++) {
    runs.push(await run(i));
    node.push((await timeInPty(['-e', '0'], { until: null, cols: COLS, rows: ROWS })).ms);
    hello.push((await timeInPty([bundles.hello], { until: 'hello from ink', cols: COLS, rows: ROWS })).ms);
    log(`  ${label} ${i + 1}/${RUNS.fast}`);
  }
  const base = { node: median(node), hello: median(hello), text: '' };
  base.text = `node -e 0 ${fmtMs(base.node)}; Ink hello ${fmtMs(base.hello)}`;
  return { runs, base };
}

async function warmStart({ data, bundles, rows }: Ctx, warmCache: string, works: number): Promise<void> {
  log(`warm start: fic-read --library <${works} works> to its first frame, pty ${COLS}×${ROWS} (${RUNS.fast} runs + baselines)`);
  const { runs, base } = await withBaselines(bundles, 'warm start', () =>
    timeInPty([BIN, '--library', data.library], {
      // The header's count, not `${works} works`: the app may show fewer rows than files (one row per story).
      until: /\b\d[\d,]* works\b/,
      cols: COLS,
      rows: ROWS,
      env: { FIC_READ_CONFIG_DIR: temp('conf'), FIC_READ_CACHE_DIR: warmCache },
    }),
  );
  const ms = median(runs.map((r) => r.ms));
  rows.push({
    figure: `warm start to library frame (${works} works cached) [median of ${RUNS.fast}]`,
    measured: fmtMs(ms),
    baselines: base.text,
    ratio: `${fmtRatio(ms / base.hello)} Ink`,
    target: '≤ 300 ms and ≤ 1.5× Ink hello',
    met: ms <= 300 && ms <= 1.5 * base.hello,
  });
  rows.push({
    figure: `RSS, library screen (${works} works, real app) [median of ${RUNS.fast}]`,
    measured: fmtMiB(median(runs.map((r) => r.rss))),
    baselines: '',
    ratio: '',
    target: '(info)',
    met: null,
  });
}

async function readDeep({ data, bundles, rows }: Ctx): Promise<{ section: number; offset: number }> {
  const work = loadBenchWork(data.big, data.serial.file);
  const part = Math.min(250, work.parts.length);
  const section = partSection(work, part);
  const s = work.sections[section];
  const offset = Math.floor((s.end - s.start) / 2);
  const cache = temp('cache');
  child(bundles, ['scan', data.big, cache]);
  const key = scanLibrary(data.big, { cacheDir: cache }).works.find((w) => w.path === data.serial.file)?.key;
  if (!key) throw new Error(`${data.serial.file} not found by scanLibrary`);
  log(`read: fic-read read ${data.serial.id} (${(work.bytes / 1e6).toFixed(1)} MB) at part ${part}/${work.parts.length}, mid-part (${RUNS.fast} runs + baselines)`);
  const until = new RegExp(`Part ${part}/${work.parts.length}`);
  const { runs, base } = await withBaselines(bundles, 'read', () => {
    // A saved position deep inside the work, written through the app's own
    // store under the key the scan gives the work (the state file's layout is the store's business).
    const conf = temp('conf');
    openStore(conf).setPosition(key, { section, offset });
    return timeInPty([BIN, '--library', data.big, 'read', data.serial.id], {
      until,
      cols: COLS,
      rows: ROWS,
      env: { FIC_READ_CONFIG_DIR: conf, FIC_READ_CACHE_DIR: cache },
    });
  });
  const ms = median(runs.map((r) => r.ms));
  rows.push({
    figure: `read 10 MB work to page at part ${part}/${work.parts.length} [median of ${RUNS.fast}]`,
    measured: fmtMs(ms),
    baselines: base.text,
    ratio: `${fmtRatio(ms / base.hello)} Ink`,
    target: '≤ 300 ms',
    met: ms <= 300,
  });
  const rss = median(runs.map((r) => r.rss));
  rows.push({
    figure: `RSS, 10 MB work open (real app in pty) [median of ${RUNS.fast}]`,
    measured: fmtMiB(rss),
    baselines: '',
    ratio: '',
    target: '≤ 160 MiB',
    met: rss <= 160 * MiB,
  });
  return { section, offset };
}

// ------------------------------------------------------------------ key presses

function keyPresses({ data, rows }: Ctx): void {
  const cases = [
    { label: '10 MB', file: data.serial.file, pagesFrom: 250, partsFrom: 200 },
    { label: 'CJK', file: data.cjk.file, pagesFrom: 150, partsFrom: 200 },
  ];
  for (const c of cases) {
    const work = loadBenchWork(data.big, c.file);
    for (const k of [
      { action: 'nextPage' as const, count: 300, from: c.pagesFrom, name: 'next page' },
      { action: 'nextSection' as const, count: 60, from: c.partsFrom, name: 'next part' },
    ]) {
      log(`keys: ${k.count}× ${k.name} in the ${c.label} work from part ${k.from} (${RUNS.keys} passes, fresh layout cache each)`);
      const passes = repeat(RUNS.keys, k.name, () => timeKeys(work, k.from, { type: k.action }, k.count, COLS, ROWS));
      // Pooled over the passes: with 60 presses alone, "p99" would just be the single slowest one.
      const all = passes.flatMap((p) => p.times);
      const p99 = percentile(all, 99);
      const p50 = percentile(all, 50);
      const max = Math.max(...all);
      rows.push({
        figure: `${k.name}, ${c.label} work: p99 of ${RUNS.keys}×${k.count} presses`,
        measured: fmtMs(p99),
        baselines: `p50 ${fmtMs(p50)}; max ${fmtMs(max)}; ${passes[0].sectionsCrossed} sections laid out`,
        ratio: '',
        target: '≤ 10 ms p99',
        met: p99 <= 10,
      });
    }
  }
}

// ------------------------------------------------------------------ memory

function memory({ data, bundles, rows }: Ctx, warmCache: string, works: number, at: { section: number; offset: number }): void {
  log(`memory: heap with the ${works}-work index loaded, RSS with the 10 MB work open (${RUNS.memory} runs each)`);
  type Mem = { heapUsed: number; rss: number };
  const empty = repeat(RUNS.memory, 'empty node', () => child<Mem>(bundles, ['heap-empty'], ['--expose-gc']));
  const heap = repeat(RUNS.memory, 'index heap', () => child<Mem>(bundles, ['heap', data.library, warmCache], ['--expose-gc']));
  const open = repeat(RUNS.memory, 'work open', () =>
    child<Mem>(bundles, ['work', data.big, data.serial.file, String(at.section), String(at.offset), '72'], ['--expose-gc']),
  );
  const heapUsed = median(heap.map((m) => m.heapUsed));
  rows.push({
    figure: `heap after gc, ${works}-work index loaded [median of ${RUNS.memory}]`,
    measured: fmtMiB(heapUsed),
    baselines: `empty node ${fmtMiB(median(empty.map((m) => m.heapUsed)))}`,
    ratio: '',
    target: '≤ 40 MiB',
    met: heapUsed <= 40 * MiB,
  });
  const rss = median(open.map((m) => m.rss));
  rows.push({
    figure: `RSS, 10 MB work loaded + section laid out (in process) [median of ${RUNS.memory}]`,
    measured: fmtMiB(rss),
    baselines: `empty node ${fmtMiB(median(empty.map((m) => m.rss)))}`,
    ratio: '',
    target: '≤ 160 MiB',
    met: rss <= 160 * MiB,
  });
}

// ------------------------------------------------------------------ incremental

function incremental({ data, bundles, rows }: Ctx, warmCache: string, coldMs: number): void {
  const all = txtFiles(data.library).filter((f) => !f.endsWith(data.serial.file) && !f.endsWith(data.cjk.file));
  const changed = Array.from({ length: 10 }, (_, i) => all[Math.floor(((i + 0.5) * all.length) / 10)]);
  const cache = temp('cache');
  cpSync(warmCache, cache, { recursive: true });
  const unchanged = repeat(RUNS.incremental, 'unchanged scan', () => child<{ ms: number }>(bundles, ['scan', data.library, cache]).ms);
  log(`incremental: append to 10 files, scanLibrary with the cache, fresh process (${RUNS.incremental} runs)`);
  const runs = repeat(RUNS.incremental, 'incremental scan', () => {
    const before = changed.map((f) => statSync(f));
    changed.forEach((f) => appendFileSync(f, '\n“One more line,” the bench said.\n'));
    try {
      return child<{ ms: number }>(bundles, ['scan', data.library, cache]).ms;
    } finally {
      // Put the corpus back as it was (size and mtime), so it can be reused.
      changed.forEach((f, i) => {
        truncateSync(f, before[i].size);
        utimesSync(f, before[i].atime, before[i].mtime);
      });
    }
  });
  const ms = median(runs);
  rows.push({
    figure: `incremental re-index, 10 files changed [median of ${RUNS.incremental}]`,
    measured: fmtMs(ms),
    baselines: `cold ${fmtMs(coldMs)}; nothing changed ${fmtMs(median(unchanged))}`,
    ratio: `${((100 * ms) / coldMs).toFixed(1)}% cold`,
    target: '≤ 5% of cold',
    met: ms <= 0.05 * coldMs,
  });
}

// ------------------------------------------------------------------ main

async function main(argv: string[]): Promise<void> {
  const small = argv.includes('--small');
  const started = performance.now();
  const data = ensureCorpus(small ? 1000 : 10_000, log);
  const bundles = await buildBundles();
  const ctx: Ctx = { data, bundles, rows: [] };
  const step = async <T>(name: string, f: () => T | Promise<T>, fallback: T): Promise<T> => {
    try {
      return await f();
    } catch (error) {
      log(`${name} failed: ${error instanceof Error ? error.message : String(error)}`);
      ctx.rows.push({ figure: name, measured: 'failed', baselines: '', ratio: '', target: '', met: null });
      return fallback;
    }
  };
  const cold = await step('cold index', () => coldIndex(ctx), null);
  if (cold) await step('warm start', () => warmStart(ctx, cold.warmCache, cold.works), undefined);
  const at = await step('read 10 MB work', () => readDeep(ctx), { section: 0, offset: 0 });
  await step('key presses', () => keyPresses(ctx), undefined);
  if (cold) await step('memory', () => memory(ctx, cold.warmCache, cold.works, at), undefined);
  if (cold) await step('incremental re-index', () => incremental(ctx, cold.warmCache, cold.coldMs), undefined);
  if (argv.includes('--profile')) {
    // Profile a 1,000-work sample: the small corpus, generated if needed.
    const sample = small ? data : ensureCorpus(1000, log);
    log(`profiling a cold index of ${sample.library} (node --cpu-prof)`);
    const top = profileColdScan(sample.library, 10);
    log('top self time, cold index (file:function):');
    for (const h of top) log(`  ${h.ms.toFixed(0).padStart(6)} ms ${(100 * h.share).toFixed(1).padStart(5)}%  ${h.where}`);
  }
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
  log(`done in ${((performance.now() - started) / 1000).toFixed(0)} s`);
  process.stdout.write(renderTable(ctx.rows));
}

await main(process.argv.slice(2));
