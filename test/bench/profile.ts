/**
 * Where a cold index spends its time: runs scanLibrary (through tsx, so
 * frames keep their src/ file names) under `node --cpu-prof` and sums self
 * time per file:function.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT } from './pty-timer.js';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface Hotspot {
  where: string;
  ms: number;
  share: number;
}

/** Top `n` self-time functions of a cold scan of `root`. */
export function profileColdScan(root: string, n = 10): Hotspot[] {
  const dir = mkdtempSync(join(tmpdir(), 'fic-read-bench-prof-'));
  const cache = mkdtempSync(join(tmpdir(), 'fic-read-bench-cache-'));
  const r = spawnSync(
    process.execPath,
    ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', join(ROOT, 'test/bench/child.ts'), 'scan', root, cache],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`profile run failed: ${r.stderr}`);
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file) throw new Error('no .cpuprofile written');
  const prof = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  for (const d of [dir, cache]) rmSync(d, { recursive: true, force: true });
  const byId = new Map(prof.nodes.map((nd) => [nd.id, nd]));
  const self = new Map<string, number>();
  let total = 0;
  prof.samples.forEach((id, i) => {
    const us = prof.timeDeltas[i] ?? 0;
    total += us;
    const cf = byId.get(id)?.callFrame;
    if (!cf) return;
    const key = `${where(cf.url)}:${cf.functionName || '(anonymous)'}`;
    self.set(key, (self.get(key) ?? 0) + us);
  });
  return [...self.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([w, us]) => ({ where: w, ms: us / 1000, share: us / total }));
}

function where(url: string): string {
  if (!url) return '(native)';
  try {
    return url.startsWith('file:') ? relative(ROOT, fileURLToPath(url)) : url;
  } catch {
    return url;
  }
}
