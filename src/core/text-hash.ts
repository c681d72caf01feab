/**
 * Small, fast, deterministic string hashes for identities and fingerprints.
 * Not cryptographic: they only tell versions of a text apart, so FNV-1a is
 * enough and needs no `crypto` import (the core stays pure and portable).
 */

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
  return fnv1a32(collapseSpace(s));
}

/** Trims and turns every run of whitespace into one space. */
export function collapseSpace(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}
