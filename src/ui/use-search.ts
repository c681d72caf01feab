/**
 * Search in the reader: the last query, the current match (to highlight),
 * and n/N stepping through matches across parts, saying which match of how
 * many and when the search wrapped around the work.
 */
import { useRef, useState } from 'react';
import { matchIndex, searchWork, wrapped, type SearchHit } from '../core/search.js';
import type { LoadedWork, Position } from '../core/types.js';
import type { Highlight } from './PageView.js';

/** What the reader screen needs from search. */
export interface SearchHandle {
  find(query: string, from: Position): void;
  step(from: Position, direction: 1 | -1): void;
  /** True while a match is highlighted. */
  active: boolean;
  /** Drops the highlight (the query is kept for n/N). */
  clear(): void;
  /** The current match in section `index`, if any. */
  highlightIn(index: number): Highlight | null;
}

/** Search state for `work`; `jump` moves the reader, `say` shows a message. */
export function useSearch(work: LoadedWork, jump: (p: Position) => void, say: (m: string | null) => void): SearchHandle {
  const [query, setQuery] = useState('');
  const [hit, setHitState] = useState<SearchHit | null>(null);
  // The latest match, also between renders: `nnn` typed at once steps three matches, not one.
  const latest = useRef<SearchHit | null>(null);
  const setHit = (h: SearchHit | null) => {
    latest.current = h;
    setHitState(h);
  };
  const go = (q: string, start: Position, direction: 1 | -1, first: boolean) => {
    if (!q.trim()) return;
    const found = searchWork(work, q, start, direction);
    setHit(found);
    if (!found) return say(`No match for “${q}” in this work.`);
    jump(found.position);
    const { index, total } = matchIndex(work, q, found);
    const wrap = !first && wrapped(work, start, found.position, direction) ? (direction === 1 ? ' (wrapped to the start)' : ' (wrapped to the end)') : '';
    say(`“${q}”: match ${index} of ${total}${wrap} · n next, N previous, Esc clears`);
  };
  return {
    find(q, from) {
      setQuery(q);
      // From just before the page top, so a match on the current page is found first.
      go(q, { section: from.section, offset: Math.max(0, from.offset - 1) }, 1, true);
    },
    step(from, direction) {
      if (!query) return say('No search yet: press / to search.');
      go(query, latest.current?.position ?? from, direction, false);
    },
    active: hit !== null,
    clear() {
      setHit(null);
      say(null);
    },
    highlightIn(index) {
      return hit && hit.position.section === index ? { start: hit.position.offset, end: hit.position.offset + hit.length } : null;
    },
  };
}
