/**
 * Text compared regardless of whitespace: small, fast, deterministic hashes
 * for identities and fingerprints, and a collapsed view of a text that maps
 * back to raw offsets (to find a passage in a re-wrapped version).
 * The hashes are not cryptographic: they only tell versions of a text apart,
 * so FNV-1a is enough and needs no `crypto` import (the core stays pure).
 */
import { isSpace } from './count-words.js';

/** FNV-1a over UTF-16 code units, 32 bits, as 8 lowercase hex digits. */
export function fnv1a32(s: string, seed = 0x811c9dc5): string {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/**
 * Whitespace-insensitive text hash: every run of whitespace (NBSP and U+3000
 * included) counts as one space and the ends are trimmed, so a hard-wrapped
 * file and its re-flowed twin hash the same.
 */
export function textHash(s: string): string {
  // One pass without building the collapsed string: indexing hashes every part of every book.
  let h = 0x811c9dc5;
  let pending = false;
  let any = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isSpace(c)) {
      pending = any;
      continue;
    }
    if (pending) {
      h = Math.imul(h ^ 32, 0x01000193);
      pending = false;
    }
    h = Math.imul(h ^ c, 0x01000193);
    any = true;
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}


/** Trims and turns every run of whitespace into one space. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** A text with whitespace runs collapsed to one space (ends trimmed), and each collapsed char's raw offset. */
export interface Collapsed {
  text: string;
  /** `map[i]` is the raw offset of `text[i]`; `map[text.length]` is the raw length. */
  map: Int32Array;
}

/** The {@link Collapsed} view of `raw`; a collapsed space maps to the start of its whitespace run. */
export function collapseWithMap(raw: string): Collapsed {
  const map = new Int32Array(raw.length + 1);
  const out: string[] = [];
  let n = 0;
  let spaceAt = -1;
  for (const m of raw.matchAll(/[^\s\u00a0\u3000]+/g)) {
    const at = m.index ?? 0;
    if (n > 0) {
      out.push(' ');
      map[n++] = spaceAt;
    }
    out.push(m[0]);
    for (let i = 0; i < m[0].length; i++) map[n++] = at + i;
    spaceAt = at + m[0].length;
  }
  map[n] = raw.length;
  return { text: out.join(''), map: map.subarray(0, n + 1) };
}

/** The first collapsed index whose raw offset is at or after `raw` (binary search). */
export function collapsedIndex(c: Collapsed, raw: number): number {
  let lo = 0;
  let hi = c.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (c.map[mid] < raw) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
