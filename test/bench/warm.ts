/**
 * `node --import tsx test/bench/warm.ts [--runs N] [--library DIR] [BIN...]`:
 * the warm-start row of the bench alone, quick enough to run after every
 * change. Each BIN (default bin/fic-read.js; e.g. copies of bin/ + dist/ for
 * a before/after build) gets its own index cache, warmed by its own `index`
 * command, so builds with different list-index versions do not overwrite
 * each other's. The BINs, `node -e 0` and the one-line Ink app are run in
 * turn, round after round, so load from other processes hits all alike.
 * Prints each one's median. A BIN written `hello:FILE` is another bundled
 * one-line Ink app (e.g. the baseline built with other esbuild options).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { buildBundles } from './bundles.js';
import { ROOT, timeInPty } from './pty-timer.js';
import { fmtMs, median } from './stats.js';

const args = process.argv.slice(2);
const flag = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  return args.splice(i, 2)[1];
};
const runs = Number(flag('--runs', '9'));
const library = resolve(flag('--library', join(tmpdir(), 'fic-read-bench-10000', 'library')));
const hellos = args.filter((a) => a.startsWith('hello:')).map((a) => resolve(a.slice(6)));
const bins = (args.filter((a) => !a.startsWith('hello:')).length ? args.filter((a) => !a.startsWith('hello:')) : [join(ROOT, 'bin/fic-read.js')]).map((b) => resolve(b));
const size = { cols: 100, rows: 30 };
const temps: string[] = [];
const temp = (prefix: string) => {
  const dir = mkdtempSync(join(tmpdir(), `fic-read-warm-${prefix}-`));
  temps.push(dir);
  return dir;
};

const { hello } = await buildBundles();
const caches = bins.map((bin) => {
  const cache = temp('cache');
  const r = spawnSync(process.execPath, [bin, 'index', '--library', library], {
    env: { ...process.env, FIC_READ_CONFIG_DIR: temp('conf'), FIC_READ_CACHE_DIR: cache },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`index with ${bin} failed: ${r.stderr}`);
  process.stderr.write(r.stdout);
  return cache;
});
const app = (i: number) =>
  timeInPty([bins[i], '--library', library], {
    until: /\b\d[\d,]* works\b/,
    ...size,
    env: { FIC_READ_CONFIG_DIR: temp('conf'), FIC_READ_CACHE_DIR: caches[i] },
  });
const times = { apps: bins.map(() => [] as number[]), node: [] as number[], hello: [] as number[], hellos: hellos.map(() => [] as number[]) };
const cpu = { apps: bins.map(() => [] as number[]), hello: [] as number[], hellos: hellos.map(() => [] as number[]) };
const push = (t: number[], c: number[], r: { ms: number; cpuMs: number }) => {
  t.push(r.ms);
  c.push(r.cpuMs);
};
// One untimed round: the first spawn pays for reading files from disk.
for (let i = 0; i < bins.length; i++) await app(i);
for (let round = 0; round < runs; round++) {
  for (let i = 0; i < bins.length; i++) push(times.apps[i], cpu.apps[i], await app(i));
  times.node.push((await timeInPty(['-e', '0'], { until: null, ...size })).ms);
  push(times.hello, cpu.hello, await timeInPty([hello], { until: 'hello from ink', ...size }));
  for (let i = 0; i < hellos.length; i++) push(times.hellos[i], cpu.hellos[i], await timeInPty([hellos[i]], { until: 'hello from ink', ...size }));
  process.stderr.write(`round ${round + 1}/${runs}\n`);
}
for (const dir of temps) rmSync(dir, { recursive: true, force: true });
const h = median(times.hello);
const row = (label: string, t: number[], c: number[]) => {
  const m = median(t);
  const ratio = `${(m / h).toFixed(2)}× Ink`;
  console.log(`${fmtMs(m).padStart(8)}  ${ratio}  cpu ${fmtMs(median(c)).padStart(7)}  ${label}  [${t.map((x) => x.toFixed(0)).join(' ')}]`);
};
bins.forEach((bin, i) => row(bin, times.apps[i], cpu.apps[i]));
row('Ink hello', times.hello, cpu.hello);
hellos.forEach((file, i) => row(file, times.hellos[i], cpu.hellos[i]));
console.log(`${fmtMs(median(times.node)).padStart(8)}  node -e 0`);
