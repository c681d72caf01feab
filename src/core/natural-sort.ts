/**
 * Natural order for file names: `chapter-2` before `chapter-10`. Made on
 * first use: the first collator of a process loads ICU's collation data
 * (~8 ms), which `fic-read read` does not need before its first page.
 */
let collator: Intl.Collator | undefined;

/** Compares two names naturally (numbers by value, case-insensitive). */
export function naturalCompare(a: string, b: string): number {
  collator ??= new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
