/**
 * Times a program in a real pseudo-terminal until given text is on its
 * (headless xterm) screen. Unlike test/e2e/pty-session.ts, which polls every
 * 50 ms (fine for tests, too coarse for a 300 ms budget), the screen is
 * checked after every chunk of output has been parsed.
 */
import { spawn } from 'node-pty';
import xterm from '@xterm/headless';
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const { Terminal } = xterm;
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export interface PtyRun {
  /** Spawn to text on screen (or to exit when `until` is null), ms. */
  ms: number;
  /** Resident set size of the program at that moment, bytes (0 when it had exited). */
  rss: number;
  /**
   * CPU time the program had used by then, all its threads, ms (0 when it had
   * exited): less swayed than `ms` by other processes competing for the cores.
   */
  cpuMs: number;
}

export interface PtyOptions {
  env?: Record<string, string>;
  /** Text to wait for; null = wait for the program to exit. */
  until: string | RegExp | null;
  cols?: number;
  rows?: number;
  timeoutMs?: number;
}

/** The child environment: ours minus CI (Ink renders nothing interactive under CI) and test runner variables. */
function childEnv(extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST')) env[k] = v;
  return Object.assign(env, { TERM: 'xterm-256color', FORCE_COLOR: '0' }, extra);
}

function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** CPU time of all threads of `pid` so far, ms (Linux schedstat: nanoseconds on a CPU). */
function cpuOf(pid: number): number {
  try {
    let ns = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) ns += Number(readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ')[0]);
    return ns / 1e6;
  } catch {
    return 0;
  }
}

/** Runs `node ...args` in a pty and resolves when `until` shows (then kills it). */
export function timeInPty(args: string[], opts: PtyOptions): Promise<PtyRun> {
  const cols = opts.cols ?? 100;
  const rows = opts.rows ?? 30;
  const term = new Terminal({ cols, rows, allowProposedApi: true });
  const screen = () => {
    const buf = term.buffer.active;
    let s = '';
    for (let i = 0; i < rows; i++) s += (buf.getLine(buf.viewportY + i)?.translateToString(true) ?? '') + '\n';
    return s;
  };
  return new Promise<PtyRun>((resolve, reject) => {
    const t0 = performance.now();
    const pty = spawn(process.execPath, args, { name: 'xterm-256color', cols, rows, cwd: ROOT, env: childEnv(opts.env ?? {}) });
    // The result is settled when the program is gone, so the next run never overlaps a dying one.
    let result: PtyRun | Error | null = null;
    const timer = setTimeout(() => finish(new Error(`timed out waiting for ${String(opts.until)}; screen:\n${screen()}`)), opts.timeoutMs ?? 60_000);
    const finish = (r: PtyRun | Error) => {
      if (result) return;
      result = r;
      clearTimeout(timer);
      try {
        pty.kill('SIGKILL');
      } catch {
        // already gone
      }
    };
    const until = opts.until;
    pty.onData((d) => {
      if (until === null || result) return;
      term.write(d, () => {
        if (result) return;
        const s = screen();
        if (typeof until === 'string' ? s.includes(until) : until.test(s)) finish({ ms: performance.now() - t0, rss: rssOf(pty.pid), cpuMs: cpuOf(pty.pid) });
      });
    });
    pty.onExit(({ exitCode }) => {
      if (until === null) finish({ ms: performance.now() - t0, rss: 0, cpuMs: 0 });
      else finish(new Error(`exited (${exitCode}) before ${String(until)} showed; screen:\n${screen()}`));
      term.dispose();
      if (result instanceof Error) reject(result);
      else resolve(result as PtyRun);
    });
  });
}
