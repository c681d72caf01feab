/**
 * Number words used in headings: Arabic, Roman (`XLVII`), English spelled-out
 * (`FORTY-SEVEN`, `the First`) and Chinese (`一百二十`).
 */

const ROMAN = /^(?=[MDCLXVI])M{0,4}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

const UNITS = [
  'zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINALS = [
  '', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth',
  'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth', 'twentieth', 'last', 'final',
];

const SPELLED = new Map<string, number>();
UNITS.forEach((w, i) => SPELLED.set(w, i));
TENS.forEach((t, i) => {
  if (!t) return;
  SPELLED.set(t, i * 10);
  for (let u = 1; u < 10; u++) SPELLED.set(`${t}-${UNITS[u]}`, i * 10 + u);
});
SPELLED.set('hundred', 100);
SPELLED.set('one-hundred', 100);
ORDINALS.forEach((w, i) => w && SPELLED.set(w, i || 99));

/**
 * Roman numeral value, or null. Upper or lower case, but not mixed
 * (`Mix` is a word, `MIX` and `mix` may be numerals).
 */
export function romanValue(s: string): number | null {
  if (s.length === 0 || s.length > 12) return null;
  const up = s.toUpperCase();
  if (s !== up && s !== s.toLowerCase()) return null;
  if (!ROMAN.test(up)) return null;
  let total = 0;
  const v: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100, D: 500, M: 1000 };
  for (let i = 0; i < up.length; i++) {
    const a = v[up[i]];
    const b = i + 1 < up.length ? v[up[i + 1]] : 0;
    total += a < b ? -a : a;
  }
  return total;
}

/** Value of an English number word (`seven`, `Forty-Seven`, `First`), or null. */
export function spelledValue(s: string): number | null {
  return SPELLED.get(s.toLowerCase()) ?? null;
}

/**
 * Value of any numeral token a heading may carry (`12`, `XII`, `twelve`), or
 * null when the token is not a number.
 */
export function numeralValue(token: string): number | null {
  if (/^[0-9]{1,4}$/.test(token)) return Number(token);
  return romanValue(token) ?? spelledValue(token);
}

/** Characters of Chinese numerals (`第一百二十回`), including full-width digits. */
export const CJK_NUMERAL_CLASS = '〇零一二三四五六七八九十百千两兩0-9０-９';
