/**
 * Text folded for matching what a user types against titles, authors and
 * ids: compatibility forms unified (ﬁ, fullwidth letters), accents dropped
 * and case ignored, so `cafe` finds "Café Résumé" and `zoe` finds "Zoë".
 * Only the Latin, Greek and Cyrillic combining accents (U+0300–U+036F) are
 * dropped: the kana voicing marks and the like change the letter.
 */
export function foldText(s: string): string {
  // A pure-ASCII string (most queries, most titles) has no accents to drop.
  const lower = s.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFKD').replace(ACCENTS, '').normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;
const ACCENTS = /[\u0300-\u036f]/g;
