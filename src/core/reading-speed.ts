/**
 * Reading speed learned from the user's own paging, and reading-time totals
 * for a `stats` command. Everything here is plain JSON, ready to store.
 */

/** What has been learned of the reader's speed (plain JSON). */
export interface Speed {
  /** Words-weighted mean wpm of the pages counted (0 before any). */
  rate: number;
  /** Weight of that mean, in words read (decayed, see {@link recordPage}). */
  words: number;
  /** Pages counted, ever: how much the estimate has learned. */
  pages: number;
}

/** The assumed speed before any page is read: a typical adult reading fiction. */
export const PRIOR_WPM = 250;
/**
 * The prior weighs as much as this many words read (a few pages), so the first
 * pages move the estimate only a little and a single odd page never swings it.
 */
const PRIOR_WORDS = 1000;
/**
 * Pages' weight is capped at about an hour's reading, older pages fading in
 * proportion: an exponential moving average weighted by words, so the
 * estimate follows the reader when their pace changes (a tired evening, a
 * harder book).
 */
const MEMORY_WORDS = 15000;
/** A page shown for less is skipped past, for more the reader was away. */
export const MIN_PAGE_MS = 2000;
export const MAX_PAGE_MS = 5 * 60 * 1000;
/** Faster than this is skimming (looking for a place), not reading. */
const SKIM_WPM = 1500;

/** Nothing learned yet: {@link wpm} gives {@link PRIOR_WPM}. */
export function initialSpeed(): Speed {
  return { rate: 0, words: 0, pages: 0 };
}

/** True when a page's time says something about reading speed (not idle, not skimmed). */
export function countsForSpeed(page: { words: number; ms: number }): boolean {
  if (!(page.words > 0) || !(page.ms >= MIN_PAGE_MS) || page.ms > MAX_PAGE_MS) return false;
  return page.words / (page.ms / 60000) <= SKIM_WPM;
}

/**
 * The speed after one more page shown for `ms` with `words` words on it; idle
 * or skimmed pages are ignored. Each page's own rate is averaged by its words
 * (not total words over total time), so one slow page counts as one page, not
 * as the minutes it stayed open.
 */
export function recordPage(speed: Speed, page: { words: number; ms: number }): Speed {
  if (!countsForSpeed(page)) return speed;
  const pageRate = page.words / (page.ms / 60000);
  const words = speed.words + page.words;
  const rate = (speed.rate * speed.words + pageRate * page.words) / words;
  return { rate, words: Math.min(words, MEMORY_WORDS), pages: speed.pages + 1 };
}

/** Words per minute: the pages' mean blended with the 250 wpm prior by weight. */
export function wpm(speed: Speed): number {
  return (PRIOR_WPM * PRIOR_WORDS + speed.rate * speed.words) / (PRIOR_WORDS + speed.words);
}

/** Reading totals for a work, a day, or overall. */
export interface Totals {
  ms: number;
  words: number;
  pages: number;
}

/** Time to credit for a page shown `ms`: a page left open while the reader was away counts as {@link MAX_PAGE_MS}. */
export function activeMs(ms: number): number {
  return Math.max(0, Math.min(ms, MAX_PAGE_MS));
}

/** A stored speed if it is well formed, else {@link initialSpeed} (the state file may be hand-edited or old). */
export function sanitizeSpeed(v: unknown): Speed {
  if (typeof v !== 'object' || v === null) return initialSpeed();
  const { rate, words, pages } = v as Record<string, unknown>;
  const ok = (n: unknown, max: number): n is number => typeof n === 'number' && Number.isFinite(n) && n >= 0 && n <= max;
  if (!ok(rate, SKIM_WPM) || !ok(words, MEMORY_WORDS) || !ok(pages, Number.MAX_SAFE_INTEGER)) return initialSpeed();
  return { rate, words, pages };
}
