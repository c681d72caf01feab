/**
 * `node --import tsx test/bench/read-start.ts [--runs N] [bundle.js ...]`:
 * the "read 10 MB work to a deep page" figure alone, for trying a change.
 * Each bundle (default: this checkout's dist/fic-read.js) is started in turn
 * with the Ink hello baseline between them, round after round, so noise from
 * a busy machine falls on all of them alike; prints their medians. Copy a
 * build's dist/ aside to compare it with a later one in the same run.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { bundleOptions } from '../../scripts/esbuild-options.mjs';
import { ROOT, timeInPty } from './pty-timer.js';
import { loadBenchWork } from './keys.js';
import { fmtMs, median } from './stats.js';
import { partSection } from '../../src/core/start-position.js';
import { scanLibrary } from '../../src/io/scan-library.js';
import { openStore } from '../../src/io/store.js';

const COLS = 100;
const ROWS = 30;
const log = (msg: string) => process.stderr.write(`read-start: ${msg}\n`);

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--runs');
  const runs = at >= 0 ? Number(argv[at + 1]) : 9;
  const bins = argv.filter((a, i) => a.endsWith('.js') && argv[i - 1] !== '--runs').map((a) => resolve(a));
  if (!bins.length) bins.push(join(ROOT, 'dist/fic-read.js'));
  // The full bench's corpus, used as it is: never regenerated from here (run `npm run bench` once first).
  const data = { big: join(tmpdir(), 'fic-read-bench-10000', 'big'), serial: { file: 'long-serial.txt', id: 'long-serial' } };
  if (!existsSync(join(data.big, data.serial.file))) throw new Error(`${data.big}/${data.serial.file} is missing: run npm run bench first`);
  const work = loadBenchWork(data.big, data.serial.file);
  const part = Math.min(250, work.parts.length);
  const section = partSection(work, part);
  const s = work.sections[section];
  const offset = Math.floor((s.end - s.start) / 2);
  const temps: string[] = [];
  const temp = (p: string) => {
    const d = mkdtempSync(join(tmpdir(), `fic-read-readstart-${p}-`));
    temps.push(d);
    return d;
  };
  // The Ink baseline bundled as the CLI is (as bundles.ts does), into this run's own temp folder.
  const hello = join(temp('hello'), 'hello-ink.mjs');
  await build({ ...bundleOptions, entryPoints: [join(ROOT, 'test/bench/hello-ink.tsx')], outfile: hello });
  const cache = temp('cache');
  const key = scanLibrary(data.big, { cacheDir: cache }).works.find((w) => w.path === data.serial.file)?.key;
  if (!key) throw new Error('work not found');
  const until = new RegExp(`Part ${part}/${work.parts.length}`);
  const read = (bin: string) => {
    const conf = temp('conf');
    openStore(conf).setPosition(key, { section, offset });
    return timeInPty([bin, '--library', data.big, 'read', data.serial.id], {
      until,
      cols: COLS,
      rows: ROWS,
      env: { FIC_READ_CONFIG_DIR: conf, FIC_READ_CACHE_DIR: cache },
    });
  };
  const helloRun = () => timeInPty([hello], { until: 'hello from ink', cols: COLS, rows: ROWS });
  const times = bins.map(() => [] as number[]);
  const hellos: number[] = [];
  try {
    // One untimed round: the first spawn pays for loading files from disk.
    for (const b of bins) await read(b);
    await helloRun();
    for (let i = 0; i < runs; i++) {
      for (let k = 0; k < bins.length; k++) times[k].push((await read(bins[k])).ms);
      hellos.push((await helloRun()).ms);
      log(`round ${i + 1}/${runs}`);
    }
  } finally {
    for (const d of temps) rmSync(d, { recursive: true, force: true });
  }
  for (let k = 0; k < bins.length; k++) {
    process.stdout.write(`${fmtMs(median(times[k])).padStart(8)}  ${bins[k]}  [${times[k].map((t) => t.toFixed(0)).join(' ')}]\n`);
  }
  process.stdout.write(`${fmtMs(median(hellos)).padStart(8)}  Ink hello  [${hellos.map((t) => t.toFixed(0)).join(' ')}]\n`);
}

await main(process.argv.slice(2));
