/**
 * The line-level view of a text that structure detection works on: its
 * lines, where they start, which are blank, and whether the prose is
 * hard-wrapped.
 */

/** Splits text into lines and marks blank ones (NBSP/U+3000-only lines count as blank). */
export function scanLines(text: string): { lines: string[]; starts: number[]; blank: Uint8Array } {
  const lines = text.split('\n');
  const starts = new Array<number>(lines.length);
  const blank = new Uint8Array(lines.length);
  let pos = 0;
  for (let i = 0; i < lines.length; i++) {
    starts[i] = pos;
    const line = lines[i];
    pos += line.length + 1;
    let b = 1;
    for (let j = 0; j < line.length; j++) {
      const c = line.charCodeAt(j);
      if (!(c === 32 || c === 9 || c === 0xa0 || c === 0x3000 || (c >= 0x2000 && c <= 0x200b) || c === 0x202f)) {
        b = 0;
        break;
      }
    }
    blank[i] = b;
  }
  return { lines, starts, blank };
}

/**
 * Hard-wrapped prose: almost no line is longer than 100 columns and the lines
 * that continue a paragraph are at most 80 columns (one-paragraph-per-line
 * files have long lines exactly there).
 */
export function detectHardWrap(
  lines: readonly string[],
  blank: Uint8Array,
  from: number,
  to: number,
  isWide: (i: number) => boolean = (i) => wide(lines[i]),
): boolean {
  let nonBlank = 0;
  let long = 0;
  let inner = 0;
  let innerWrapped = 0;
  let innerFull = 0;
  for (let i = from; i < to; i++) {
    if (blank[i]) continue;
    nonBlank++;
    const len = lines[i].length;
    if (len > 100) long++;
    if (i + 1 < to && !blank[i + 1]) {
      inner++;
      if (len <= 80 && !isWide(i)) innerWrapped++;
      if (len >= 50) innerFull++;
    }
  }
  // A drabble has only a few wrapped lines: enough when most of them run near a wrap column (verse lines are short).
  const enough = inner >= 20 || (inner >= 3 && innerFull >= inner * 0.6);
  return enough && long <= nonBlank * 0.02 && innerWrapped >= inner * 0.9;
}

/** CJK text is double width: 40 ideographs already fill a terminal line, so such lines are never re-flowed. */
function wide(line: string): boolean {
  return line.length > 40 && /[\u3040-\u30ff\u3400-\u9fff]/.test(line);
}
