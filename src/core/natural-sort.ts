/** Natural order for file names: `chapter-2` before `chapter-10`. */
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** Compares two names naturally (numbers by value, case-insensitive). */
export function naturalCompare(a: string, b: string): number {
  return collator.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}
