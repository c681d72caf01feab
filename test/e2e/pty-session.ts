/**
 * Runs the built CLI in a real pseudo-terminal and keeps a headless xterm
 * screen of what a person would see. CI is removed from the child's
 * environment, else Ink renders nothing interactive.
 */
import { spawn, type IPty } from 'node-pty';
import xterm from '@xterm/headless';
import { fileURLToPath } from 'node:url';

const { Terminal } = xterm;
/** The project root. */
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/fic-read.js', import.meta.url));

/** One running fic-read in a pty. */
export interface PtySession {
  pty: IPty;
  /** The visible screen, one string per row, trailing spaces trimmed. */
  screen(): string;
  /** Everything the program wrote, raw. */
  output(): string;
  write(keys: string): void;
  resize(cols: number, rows: number): void;
  /** Resolves when `text` (or a regexp) is on screen; rejects after `ms` with the screen in the message. */
  waitFor(text: string | RegExp, ms?: number): Promise<void>;
  /** Resolves with the exit code. */
  exited: Promise<number>;
}

/** Starts `fic-read ...args` at cols×rows with extra env (an `undefined` value removes that variable). */
export function startFicRead(args: string[], env: Record<string, string | undefined>, cols = 80, rows = 24): PtySession {
  const childEnv: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST')) childEnv[k] = v;
  Object.assign(childEnv, { TERM: 'xterm-256color', FORCE_COLOR: '0' }, env);
  for (const [k, v] of Object.entries(childEnv)) if (v === undefined) delete childEnv[k];
  const term = new Terminal({ cols, rows, allowProposedApi: true });
  const pty = spawn(process.execPath, [BIN, ...args], { name: 'xterm-256color', cols, rows, cwd: ROOT, env: childEnv });
  let raw = '';
  pty.onData((d) => {
    raw += d;
    term.write(d);
  });
  const exited = new Promise<number>((resolve) => pty.onExit(({ exitCode }) => resolve(exitCode)));
  const screen = () => {
    const buf = term.buffer.active;
    const rowsOut: string[] = [];
    for (let i = 0; i < term.rows; i++) rowsOut.push(buf.getLine(buf.viewportY + i)?.translateToString(true) ?? '');
    return rowsOut.join('\n');
  };
  const flush = () => new Promise<void>((r) => term.write('', r));
  return {
    pty,
    screen,
    output: () => raw,
    write: (keys) => pty.write(keys),
    resize: (c, r) => {
      pty.resize(c, r);
      term.resize(c, r);
    },
    async waitFor(text, ms = 15000) {
      const deadline = Date.now() + ms;
      for (;;) {
        await flush();
        const s = screen();
        if (typeof text === 'string' ? s.includes(text) : text.test(s)) return;
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${String(text)}; screen:\n${s}`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    exited,
  };
}

/** Waits `ms` milliseconds. */
export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The first text line on screen long enough to identify a place in the text. */
export const topText = (screen: string) => screen.split('\n').map((l) => l.trim()).find((l) => l.length > 20) ?? '';

/** Starts sessions that `killAll` (call it in afterEach) ends, so a failed test leaves no process behind. */
export function sessionPool() {
  const sessions: PtySession[] = [];
  return {
    start(args: string[], env: Record<string, string | undefined>, cols = 80, rows = 24): PtySession {
      const s = startFicRead(args, env, cols, rows);
      sessions.push(s);
      return s;
    },
    killAll() {
      for (const s of sessions.splice(0)) {
        try {
          s.pty.kill();
        } catch {
          // already gone
        }
      }
    },
  };
}
