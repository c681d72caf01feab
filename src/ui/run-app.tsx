/**
 * Starts the full-screen reader: alternate screen buffer in, Ink app, and
 * on every exit path (q, Ctrl-C, SIGTERM, SIGHUP, SIGINT, an uncaught error)
 * the position saved and the terminal restored; the same on Ctrl-Z, until `fg`.
 */
import React from 'react';
import { render } from 'ink';
import { App, type OpenRequest } from './App.js';
import { createPositionSaver } from '../io/position-saver.js';
import type { StateStore } from '../io/store-data.js';
import type { Library } from '../commands/context.js';
import { safeText } from '../core/safe-text.js';
import { handleSuspend } from './suspend.js';

/** What the reader starts with. */
export interface RunAppArgs {
  library: Pick<Library, 'dir' | 'works' | 'load'>;
  store: StateStore;
  open?: OpenRequest;
}

const ENTER = '\x1b[?1049h\x1b[?25l';
const LEAVE = '\x1b[?25h\x1b[?1049l';

const INK_CLEAR = '\x1b[2J\x1b[3J\x1b[H';
/** Home, then erase the screen: the same clear, and told apart from a bare ESC [2J (which only a file could hold). */
export const CLEAR = '\x1b[H\x1b[2J';

/**
 * `stdout` for Ink, less the "erase saved lines" (ESC [3J) in the clear it
 * sends before each full-screen frame: in the alternate screen that clear
 * is only needed for the screen itself, and terminals apply ESC [3J to the
 * user's scrollback, which quitting fic-read must leave as it was.
 */
export function keepScrollback(stdout: NodeJS.WriteStream): NodeJS.WriteStream {
  const write = (chunk: unknown, ...rest: unknown[]): boolean =>
    (stdout.write as (...a: unknown[]) => boolean)(typeof chunk === 'string' ? chunk.replaceAll(INK_CLEAR, CLEAR).replaceAll('\x1b[3J', '') : chunk, ...rest);
  return new Proxy(stdout, {
    get(target, prop) {
      if (prop === 'write') return write;
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/** Runs the app until the user quits; resolves after the terminal is restored. */
export async function runApp({ library, store, open }: RunAppArgs): Promise<void> {
  const stdout = process.stdout;
  const saver = createPositionSaver(store);
  let restored = false;
  const restore = () => {
    if (restored) return;
    restored = true;
    saver.flush();
    stdout.write(LEAVE);
  };
  stdout.write(ENTER);
  const instance = render(
    <App library={library} store={store} saver={saver} open={open} />,
    { exitOnCtrlC: false, patchConsole: false, stdout: keepScrollback(stdout) },
  );
  const bail = (code: number) => {
    saver.flush();
    instance.unmount();
    restore();
    process.exit(code);
  };
  const signals: [NodeJS.Signals, number][] = [['SIGTERM', 143], ['SIGHUP', 129], ['SIGINT', 130]];
  const handlers = signals.map(([sig, code]) => {
    const h = () => bail(code);
    process.on(sig, h);
    return [sig, h] as const;
  });
  const onCrash = (error: unknown) => {
    saver.flush();
    instance.unmount();
    restore();
    process.stderr.write(`fic-read crashed: ${safeText(error instanceof Error ? String(error.stack) : String(error))}\n`);
    process.exit(1);
  };
  // Ctrl-Z / SIGTSTP: the shell gets a sane terminal back, and `fg` brings the reader back as it was.
  const unsuspend = handleSuspend({
    stdin: process.stdin,
    stdout,
    leave: () => {
      saver.flush();
      stdout.write(LEAVE);
    },
    enter: () => stdout.write(ENTER),
  });
  process.on('uncaughtException', onCrash);
  process.on('unhandledRejection', onCrash);
  // A terminal closed under us: the write fails, but the position must still be saved.
  stdout.on('error', () => bail(129));
  try {
    await instance.waitUntilExit();
  } finally {
    restore();
    for (const [sig, h] of handlers) process.off(sig, h);
    unsuspend();
    process.off('uncaughtException', onCrash);
    process.off('unhandledRejection', onCrash);
  }
}
