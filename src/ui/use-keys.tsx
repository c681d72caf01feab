/**
 * Keys for screens, with no gap when a screen appears.
 *
 * Ink's `useInput` subscribes in a passive effect, which runs a turn of the
 * event loop after the frame is drawn. A key typed in that turn (the next
 * key after Enter opens a work, the first key once the first index is done)
 * went to nobody and was lost. Here one Ink subscription, made when the app
 * starts, hands every input to the screens that registered for it, and a
 * screen registers in a layout effect: in the same commit that draws it.
 */
import React, { createContext, useContext, useLayoutEffect, useRef, type ReactNode } from 'react';
import { useInput, type Key } from 'ink';

/** What a screen does with one Ink input event. */
export type KeyHandler = (input: string, key: Key) => void;

type Entry = { handle: KeyHandler };
const Registry = createContext<Set<Entry> | null>(null);

/** The one input subscription; screens below it use {@link useKeys}. */
export function KeysProvider({ children }: { children: ReactNode }) {
  const entries = useRef(new Set<Entry>()).current;
  useInput((input, key) => {
    // A handler may close a screen: one that has gone by the time its turn comes gets nothing.
    for (const entry of [...entries]) if (entries.has(entry)) entry.handle(input, key);
  });
  return <Registry.Provider value={entries}>{children}</Registry.Provider>;
}

/**
 * `useInput` for a screen: active from the frame that first shows it. Outside
 * a {@link KeysProvider} (a screen rendered on its own) it is Ink's `useInput`.
 */
export function useKeys(handler: KeyHandler, options: { isActive?: boolean } = {}): void {
  const entries = useContext(Registry);
  const active = options.isActive !== false;
  const latest = useRef(handler);
  latest.current = handler;
  useInput(handler, { isActive: active && !entries });
  useLayoutEffect(() => {
    if (!entries || !active) return;
    const entry: Entry = { handle: (input, key) => latest.current(input, key) };
    entries.add(entry);
    return () => {
      entries.delete(entry);
    };
  }, [entries, active]);
}
