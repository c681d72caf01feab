/**
 * Keys for screens, with no gap when a screen appears and none lost in a burst.
 *
 * Ink's `useInput` subscribes in a passive effect, which runs a turn of the
 * event loop after the frame is drawn. A key typed in that turn (the next
 * key after Enter opens a work, the first key once the first index is done)
 * went to nobody and was lost. Here one Ink subscription, made when the app
 * starts, hands every key to the screens that registered for it, and a
 * screen registers in a layout effect: in the same commit that draws it.
 *
 * Keys typed fast arrive together: as one input string ("Enter Space Space"
 * is one chunk), or as several Ink events in one go when the burst holds an
 * escape sequence (`t`, `↓`, Enter). They are handed out one at a time; when
 * a key changes the screen (its handler returns `true`), the keys after it
 * wait until the next screen has registered, so they go to the screen the
 * user saw them going to.
 */
import React, { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useInput } from 'ink';
import { splitKeys, type KeyEvent } from './keymaps.js';

/**
 * What a screen does with one key. Returning `true` says the key opened or
 * closed a screen: the keys typed after it are held for the screen that
 * comes next, rather than given to this one.
 */
export type KeyHandler = (ev: KeyEvent) => boolean | void;

/** How long held keys wait for a new screen when none comes (an Enter that opened nothing). */
const HOLD_MS = 200;

/** The keys not yet handed out, and whether they wait for a new screen. */
class KeyRouter {
  readonly entries = new Set<{ handle: KeyHandler }>();
  private queue: KeyEvent[] = [];
  private holding = false;
  /** Counts registrations, to tell whether a new screen came up while a key was handled. */
  private generation = 0;
  private timer: ReturnType<typeof setTimeout> | undefined;

  push(events: KeyEvent[]): void {
    this.queue.push(...events);
    this.pump();
  }

  /** A screen registered: keys held for it can go now (after the whole commit). */
  registered(): void {
    this.generation++;
    if (!this.holding) return;
    this.release();
    queueMicrotask(() => this.pump());
  }

  private release(): void {
    this.holding = false;
    clearTimeout(this.timer);
  }

  private pump(): void {
    while (!this.holding && this.queue.length > 0) {
      const ev = this.queue.shift()!;
      let switched = false;
      const before = this.generation;
      // A handler may close a screen: one that has gone by the time its turn comes gets nothing.
      for (const entry of [...this.entries]) if (this.entries.has(entry) && entry.handle(ev) === true) switched = true;
      // React may have drawn the next screen already (a synchronous render); if not, wait for it.
      // Even with nothing queued: Ink hands over a burst's keys one event at a time (`t`, then the
      // arrow's escape sequence, then Enter), each before the screen `t` opened is drawn.
      if (switched && this.generation === before) this.hold();
    }
  }

  private hold(): void {
    this.holding = true;
    this.timer = setTimeout(() => {
      // Nothing new came up (say the work could not be opened): the keys go to whoever is listening.
      if (this.entries.size === 0) return; // still between screens: the next registration releases them
      this.release();
      this.pump();
    }, HOLD_MS);
    this.timer.unref?.();
  }
}

const Registry = createContext<KeyRouter | null>(null);

/** The one input subscription; screens below it use {@link useKeys}. */
export function KeysProvider({ children }: { children: ReactNode }) {
  const router = useRef<KeyRouter | null>(null);
  router.current ??= new KeyRouter();
  useInput((input, key) => router.current!.push(splitKeys(input, key)));
  return <Registry.Provider value={router.current}>{children}</Registry.Provider>;
}

/**
 * Key handling for a screen: active from the frame that first shows it.
 * Outside a {@link KeysProvider} (a screen rendered on its own) it rides on
 * Ink's `useInput`, and keys after a screen change in one chunk are dropped.
 */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const router = useContext(Registry);
  const active = options.isActive !== false;
  const latest = useRef(handler);
  latest.current = handler;
  useInput(
    (input, key) => {
      for (const ev of splitKeys(input, key)) if (latest.current(ev) === true) return;
    },
    { isActive: active && !router },
  );
  useLayoutEffect(() => {
    if (!router || !active) return;
    const entry = { handle: (ev: KeyEvent) => latest.current(ev) };
    router.entries.add(entry);
    router.registered();
    return () => {
      router.entries.delete(entry);
    };
  }, [router, active]);
}

/** Runs a screen change from a key handler and says so (`return switchTo(onBack)`). */
export function switchTo(change: () => unknown): true {
  change();
  return true;
}
