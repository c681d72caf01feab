/**
 * The store's notice as React state: it can change mid-session (a save
 * failed, the file was made read-only), and the user must hear of it then,
 * not after quitting.
 */
import { useEffect, useRef, useState } from 'react';
import type { StateStore } from '../io/store-data.js';

/** How often the store is asked; reading a field costs nothing. */
const POLL_MS = 500;

/** The latest notice (null until there is one, or after `clear`), and `clear`. */
export function useStoreNotice(store: Pick<StateStore, 'notice'>): [string | null, (v: string | null) => void] {
  const [notice, setNotice] = useState(store.notice);
  const seen = useRef(store.notice);
  useEffect(() => {
    const timer = setInterval(() => {
      if (store.notice === seen.current) return;
      seen.current = store.notice;
      setNotice(store.notice);
    }, POLL_MS);
    timer.unref?.();
    return () => clearInterval(timer);
  }, [store]);
  return [notice, setNotice];
}
