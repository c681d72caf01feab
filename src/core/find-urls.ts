/**
 * URL-looking runs in text: exactly the matches of
 * `/(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s<>"'()\]]*)?/gi`,
 * found in linear time. The regex itself backtracks from every start inside a
 * long run of letters with no dot, so a 300,000-character line without spaces
 * in a header took minutes (quadratic). The labels of a match are whole runs
 * of `[a-z0-9-]` (a dot is not in the class), which is what lets a failed
 * start skip its whole chain of labels.
 */

/** `[a-z0-9-]` under the `i` flag (only ASCII folds to ASCII in non-unicode mode). */
function isLabelChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

function isLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** What `[^\s<>"'()\]]` excludes: JavaScript's `\s` (which, unlike isSpace, has U+FEFF) and the brackets and quotes. */
function endsPath(c: number): boolean {
  if (c > 32 && c < 0xa0) return c === 60 || c === 62 || c === 34 || c === 39 || c === 40 || c === 41 || c === 93;
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** End of the run of label chars starting at `i`. */
function runEnd(s: string, i: number): number {
  while (i < s.length && isLabelChar(s.charCodeAt(i))) i++;
  return i;
}

/** Length of an `https?://` prefix at `i` (any case), or 0. */
function prefixAt(s: string, i: number): number {
  if (s.slice(i, i + 4).toLowerCase() !== 'http') return 0;
  const j = s.charCodeAt(i + 4) === 115 || s.charCodeAt(i + 4) === 83 ? i + 5 : i + 4;
  return s.startsWith('://', j) ? j + 3 - i : 0;
}

/**
 * Where the labels from `i` lead: the start of the last `[a-z]{2,}` right
 * after a dot of the chain (the greedy `+` gives labels back from the end until
 * the TLD fits), or -1; and where the chain stops (the end of its last run).
 */
function chainFrom(s: string, i: number): { tld: number; stop: number } {
  let tld = -1;
  for (;;) {
    const e = runEnd(s, i);
    if (e === i || s.charCodeAt(e) !== 46) return { tld, stop: e };
    if (isLetter(s.charCodeAt(e + 1)) && isLetter(s.charCodeAt(e + 2))) tld = e + 1;
    i = e + 1;
  }
}

/** The end of the match starting at `i`, or -1. */
function matchAt(s: string, i: number): number {
  const pre = prefixAt(s, i);
  // Without the prefix, `http` is a label followed by `:`, which fails: the prefixed form is the only chance.
  const { tld } = chainFrom(s, i + pre);
  if (tld < 0) return -1;
  let end = tld;
  while (end < s.length && isLetter(s.charCodeAt(end))) end++;
  if (s.charCodeAt(end) === 47) {
    end++;
    while (end < s.length && !endsPath(s.charCodeAt(end))) end++;
  }
  return end;
}

/** Every match, left to right, as `String.prototype.matchAll` with the regex in the module comment gives them. */
export function findUrls(s: string, max = Infinity): string[] {
  const out: string[] = [];
  let p = 0;
  while (p < s.length && out.length < max) {
    if (!isLabelChar(s.charCodeAt(p))) {
      p++;
      continue;
    }
    let end = matchAt(s, p);
    if (end < 0) {
      // Every later start in this chain of labels has fewer TLD candidates, so fails too; only an
      // `http://` at the very end of its last run (just before the `:`) can still start a match.
      const { stop } = chainFrom(s, p);
      for (const q of [stop - 5, stop - 4]) {
        if (end < 0 && q > p && prefixAt(s, q) > 0) {
          end = matchAt(s, q);
          if (end >= 0) p = q;
        }
      }
      if (end < 0) {
        p = stop;
        continue;
      }
    }
    out.push(s.slice(p, end));
    p = end;
  }
  return out;
}
