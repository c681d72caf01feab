/**
 * Helpers for the terminal-faults e2e tests: waiting on raw output, reading
 * the pty's line discipline and a process's state, a shell that runs `stty`
 * after fic-read, and a library big enough to overflow a pipe.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawn } from 'node-pty';
import type { PtySession } from './pty-session.js';
import { tempDir } from '../cli/run-cli.js';

/** The CLI launcher. */
export const BIN = fileURLToPath(new URL('../../bin/fic-read.js', import.meta.url));

/** Leave the alternate screen. */
export const LEAVE_ALT = '\x1b[?1049l';
/** Enter the alternate screen. */
export const ENTER_ALT = '\x1b[?1049h';
/** Show the cursor. */
export const SHOW_CURSOR = '\x1b[?25h';

/** Resolves when the raw output written after `from` satisfies `test`. */
export async function waitForOutput(app: PtySession, from: number, test: (s: string) => boolean, what: string, ms = 10000) {
  const deadline = Date.now() + ms;
  while (!test(app.output().slice(from))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; output: ${JSON.stringify(app.output().slice(from).slice(-300))}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** True when the terminal was handed back: the last alternate-screen switch leaves it, and the cursor is shown after it was last hidden. */
export function handedBack(raw: string): boolean {
  return raw.lastIndexOf(LEAVE_ALT) > raw.lastIndexOf(ENTER_ALT) && raw.lastIndexOf(SHOW_CURSOR) > raw.lastIndexOf('\x1b[?25l');
}

/** The pty's line discipline as `stty` sees it: raw mode means no `icanon` and no `echo`. */
export function ttyModes(app: PtySession): string {
  const pts = (app.pty as unknown as { ptsName: string }).ptsName;
  return execFileSync('stty', ['-a', '-F', pts], { encoding: 'utf8' });
}
/** True when `stty -a` output shows canonical mode and echo: a terminal a shell can use. */
export const cooked = (modes: string) => /(^|\s)icanon(\s|$)/.test(modes) && /(^|\s)echo(\s|$)/.test(modes);

/** The process state letter from /proc (T = stopped). */
export const procState = (pid: number) => readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /s, '')[0];

/** A library big enough that `list` and `read` overflow a pipe: the writer meets a closed pipe, not a finished read. */
export function bigLibrary(): string {
  const dir = tempDir('fic-pipe-');
  for (let i = 0; i < 1200; i++) {
    writeFileSync(join(dir, `work-${String(i).padStart(4, '0')}-with-a-long-file-name.txt`), `Title: Work number ${i}, with a title long enough to fill the line\nAuthor: Someone\n\nChapter 1\n\nThe text of work ${i}.\n`);
  }
  const paras = Array.from({ length: 20000 }, (_, i) => `Paragraph ${i}: the rain came down over the valley and she waited by the window.`);
  writeFileSync(join(dir, 'big.txt'), `Chapter 1\n\n${paras.join('\n\n')}\n`);
  return dir;
}

/**
 * Runs fic-read from a shell in a pty, then `stty -a` in that same terminal once it has
 * exited: what the user's shell finds. Resolves with everything written.
 */
export async function thenStty(end: (ficPid: number, write: (s: string) => void) => void): Promise<string> {
  const env: Record<string, string> = {};
  for (const [k, v] of Object.entries(process.env)) if (v !== undefined && k !== 'CI' && !k.startsWith('VITEST')) env[k] = v;
  Object.assign(env, { TERM: 'xterm-256color', FORCE_COLOR: '0', FIC_READ_CONFIG_DIR: tempDir('fic-faults-') });
  const sh = spawn('bash', ['-c', '"$0" "$1" read 002; echo MODES; stty -a', process.execPath, BIN], { cols: 80, rows: 24, env });
  let raw = '';
  sh.onData((d) => (raw += d));
  const exited = new Promise<void>((r) => sh.onExit(() => r()));
  try {
    const deadline = Date.now() + 15000;
    while (!raw.includes('Part 1/2') && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    const children = readFileSync(`/proc/${sh.pid}/task/${sh.pid}/children`, 'utf8').trim();
    end(Number(children.split(/\s+/)[0]), (k) => sh.write(k));
    await exited;
    // node-pty can report the exit before the last of the output is read (stty's later lines, on a busy machine): wait for quiet.
    for (let seen = -1, until = Date.now() + 2000; seen !== raw.length && Date.now() < until; ) {
      seen = raw.length;
      await new Promise((r) => setTimeout(r, 150));
    }
    return raw;
  } finally {
    try {
      sh.kill();
    } catch {
      // already exited
    }
  }
}

