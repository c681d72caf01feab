/**
 * Search in the reader: the last query, the current match (to highlight),
 * and n/N stepping through matches across parts.
 */
import { useState } from 'react';
import { searchWork, type SearchHit } from '../core/search.js';
import type { LoadedWork, Position } from '../core/types.js';
import type { Highlight } from './PageView.js';

/** What the reader screen needs from search. */
export interface SearchHandle {
  find(query: string, from: Position): void;
  step(from: Position, direction: 1 | -1): void;
  /** The current match in section `index`, if any. */
  highlightIn(index: number): Highlight | null;
}

/** Search state for `work`; `jump` moves the reader, `say` shows a message. */
export function useSearch(work: LoadedWork, jump: (p: Position) => void, say: (m: string) => void): SearchHandle {
  const [query, setQuery] = useState('');
  const [hit, setHit] = useState<SearchHit | null>(null);
  const go = (q: string, start: Position, direction: 1 | -1) => {
    if (!q.trim()) return;
    const found = searchWork(work, q, start, direction);
    setHit(found);
    if (!found) return say(`No match for “${q}”.`);
    jump(found.position);
    say(`“${q}” found. n: next match, N: previous.`);
  };
  return {
    find(q, from) {
      setQuery(q);
      // From just before the page top, so a match on the current page is found first.
      go(q, { section: from.section, offset: Math.max(0, from.offset - 1) }, 1);
    },
    step(from, direction) {
      if (!query) return say('No search yet: press / to search.');
      go(query, hit?.position ?? from, direction);
    },
    highlightIn(index) {
      return hit && hit.position.section === index ? { start: hit.position.offset, end: hit.position.offset + hit.length } : null;
    },
  };
}
