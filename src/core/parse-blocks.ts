/**
 * Cuts a section's text into blocks (heading, paragraph, verse, scene break)
 * with offsets into that text, so layout can re-flow prose but keep the line
 * breaks of poems, epigraphs and song lyrics.
 *
 * Rules, in order:
 * - Blank lines (whitespace, NBSP or U+3000 only) separate blocks.
 * - The first `headingLines` non-blank lines (callers get the count from
 *   {@link detectHeadingLines}) form one heading block.
 * - A scene-break line ({@link isSceneBreak}) is a block of its own.
 * - Not hard-wrapped (one paragraph per line): every line is a paragraph,
 *   except runs of 2+ lines that are indented deeper than the section's usual
 *   indent, or, in files that separate paragraphs by blank lines, runs of 2+
 *   short lines with no blank between them: those are verse.
 * - Hard-wrapped: consecutive lines join into one paragraph, but a line ends
 *   its paragraph when the next line's first word would clearly have fitted
 *   on it (an intentional break) or the next line is indented deeper than
 *   usual and differently from it; runs of 2+ such one-line pieces are verse.
 */
import { isSceneBreak } from './scene-break.js';
import type { Block, Section } from './types.js';

export { isSceneBreak };

/** One source line: trimmed content [cs, ce), leading indent in columns. */
interface SrcLine {
  cs: number;
  ce: number;
  indent: number;
  blank: boolean;
}

const BLANK = /^[\s\u00a0\u3000]*$/;
/** Longest line (in chars) that may be a verse line in a one-paragraph-per-line file. */
const VERSE_MAX = 80;
/**
 * A hard-wrapped line counts as deliberately short when it plus the next
 * line's first word fit in this share of the wrap column: a margin, because
 * the wrap column is an estimate and some files mix wrap widths.
 */
const SHORT = 0.8;
/** Longest line that may be part of a detected heading. */
const HEADING_MAX = 60;

function isTrimSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f;
}

function scanLines(text: string): SrcLine[] {
  const out: SrcLine[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let indent = 0;
    for (let i = s; i < e; i++) {
      const c = text.charCodeAt(i);
      if (c === 9) indent += 4;
      else if (c === 0x3000) indent += 2; // counted as indent, but kept as text (Japanese paragraph indent)
      else if (isTrimSpace(c)) indent += 1;
      else break;
    }
    let cs = s;
    while (cs < e && isTrimSpace(text.charCodeAt(cs))) cs++;
    let ce = e;
    while (ce > cs && isTrimSpace(text.charCodeAt(ce - 1))) ce--;
    out.push({ cs, ce, indent, blank: BLANK.test(text.slice(cs, ce)) });
    s = e + 1;
  }
  return out;
}

/** How much of a section's start can hold its heading (group, title, subtitle and the blank lines between). */
export const HEAD_SCAN = 2048;

/**
 * How many leading lines of a section are its heading: 0 unless it is a
 * titled part. The first non-blank line counts when it is short (<= 60
 * chars); following lines (up to 4 in all, across blank lines) count while
 * their text appears in the section's group, title or subtitle
 * (`BOOK TWO` / `CHAPTER I` / `The Title`).
 */
export function detectHeadingLines(text: string, section: Pick<Section, 'kind' | 'title' | 'subtitle' | 'group'>): number {
  return headingLinesIn(text, section).count;
}

/**
 * {@link detectHeadingLines}, and where in `text` the answer was settled:
 * the end of the line that ended the heading (or was its fourth), or -1
 * when the text ran out first (a longer text could say more).
 */
export function headingLinesIn(text: string, section: Pick<Section, 'kind' | 'title' | 'subtitle' | 'group'>): { count: number; settledAt: number } {
  if (section.kind !== 'part' || !section.title) return { count: 0, settledAt: 0 };
  const known = `${section.group ?? ''} ${section.title} ${section.subtitle ?? ''}`.toLowerCase().replace(/\s+/g, ' ');
  let n = 0;
  let blankSince = false;
  // A heading is in the first few lines: scan only the start of a (possibly 1 MB) section.
  for (const l of scanLines(text.slice(0, HEAD_SCAN))) {
    if (l.blank) {
      blankSince = n > 0;
      continue;
    }
    const line = text.slice(l.cs, l.ce).replace(/\s+/g, ' ').trim().toLowerCase();
    if (line.length > HEADING_MAX) return { count: n, settledAt: l.ce };
    // Past a blank line only the heading's own known lines (group, title, subtitle) continue it.
    if (n > 0 && (line.length < 2 || !known.includes(line))) return { count: n, settledAt: l.ce };
    if (blankSince && !known.includes(line)) return { count: n, settledAt: l.ce };
    if (++n === 4) return { count: n, settledAt: l.ce };
  }
  return { count: n, settledAt: -1 };
}

function modeIndent(lines: SrcLine[]): number {
  const counts = new Map<number, number>();
  let best = 0;
  let bestCount = 0;
  for (const l of lines) {
    const c = (counts.get(l.indent) ?? 0) + 1;
    counts.set(l.indent, c);
    if (c > bestCount || (c === bestCount && l.indent < best)) {
      best = l.indent;
      bestCount = c;
    }
  }
  return best;
}

/** 90th percentile of non-blank line lengths (or the longest line, for fewer than 20 lines). */
function percentile90(lens: number[]): number {
  if (lens.length === 0) return 0;
  lens.sort((a, b) => a - b);
  return lens.length < 20 ? lens[lens.length - 1] : lens[Math.floor(0.9 * (lens.length - 1))];
}

/**
 * A hard-wrapped text's wrap column, estimated low (90th percentile of line
 * lengths) so that few line breaks look intentional. Callers pass the whole
 * work's value to {@link parseBlocks}: a short section (front matter, a
 * one-page chapter) says little about it on its own.
 */
export function typicalLineLength(text: string): number {
  const lens: number[] = [];
  for (const l of scanLines(text)) if (!l.blank) lens.push(l.ce - l.cs);
  return percentile90(lens);
}

/** Length of the first word of a line (1 for CJK, which may break anywhere). */
function firstWordLen(text: string, l: SrcLine): number {
  let i = l.cs;
  while (i < l.ce && !isTrimSpace(text.charCodeAt(i))) {
    const c = text.charCodeAt(i);
    if (c >= 0x2e80 && c <= 0x9fff) return Math.max(1, i - l.cs);
    i++;
  }
  return i - l.cs;
}

/**
 * Splits a section's text into blocks; see the module comment for the rules.
 * `wrapWidth`: the work's {@link typicalLineLength} (default: the section's own).
 */
export function parseBlocks(text: string, hardWrapped: boolean, headingLines = 0, wrapWidth?: number): Block[] {
  const lines = scanLines(text);
  const blocks: Block[] = [];
  let k = 0;
  // The heading's lines, possibly in runs split by blank lines (`BOOK TWO` / `CHAPTER I` / `Title`): one block per run.
  for (let left = headingLines; left > 0 && k < lines.length; ) {
    while (k < lines.length && lines[k].blank) k++;
    const first = k;
    while (k < lines.length && left > 0 && !lines[k].blank) {
      k++;
      left--;
    }
    if (k > first) blocks.push({ kind: 'heading', start: lines[first].cs, end: lines[k - 1].ce });
    else break;
  }
  // Chunks: runs of non-blank lines; scene breaks stand alone (kept as 1-line arrays, marked).
  const chunks: SrcLine[][] = [];
  const breaks = new Set<SrcLine[]>();
  let cur: SrcLine[] = [];
  const close = (): void => {
    if (cur.length) chunks.push(cur);
    cur = [];
  };
  for (; k < lines.length; k++) {
    const l = lines[k];
    if (l.blank) close();
    else if (isSceneBreak(text.slice(l.cs, l.ce))) {
      close();
      chunks.push([l]);
      breaks.add(chunks[chunks.length - 1]);
    } else cur.push(l);
  }
  close();

  const prose = chunks.filter((c) => !breaks.has(c)).flat();
  const base = modeIndent(prose);
  const wrapAt = hardWrapped ? (wrapWidth ?? percentile90(prose.map((l) => l.ce - l.cs))) : 0;
  const singles = chunks.filter((c) => c.length === 1).length;
  const blankSeparated = chunks.length >= 2 && singles >= chunks.length - singles;
  const push = (kind: Block['kind'], from: SrcLine, to: SrcLine): void => {
    blocks.push({ kind, start: from.cs, end: to.ce });
  };

  for (const chunk of chunks) {
    if (breaks.has(chunk)) {
      push('break', chunk[0], chunk[0]);
      continue;
    }
    // Pieces: [from, to] line ranges that must not be joined with each other.
    const pieces: Array<[number, number]> = [];
    if (hardWrapped) {
      let from = 0;
      for (let i = 1; i < chunk.length; i++) {
        const a = chunk[i - 1];
        const b = chunk[i];
        if ((b.indent > base && b.indent !== a.indent) || a.ce - a.cs + 1 + firstWordLen(text, b) <= wrapAt * SHORT) {
          pieces.push([from, i - 1]);
          from = i;
        }
      }
      pieces.push([from, chunk.length - 1]);
    } else {
      for (let i = 0; i < chunk.length; i++) pieces.push([i, i]);
    }
    const verseLike = (p: [number, number]): boolean => {
      if (p[0] !== p[1]) return false;
      if (hardWrapped) return true;
      const l = chunk[p[0]];
      return (l.indent > base && l.ce - l.cs <= VERSE_MAX * 1.25) || (blankSeparated && l.ce - l.cs <= VERSE_MAX);
    };
    for (let i = 0; i < pieces.length; ) {
      let j = i;
      while (j < pieces.length && verseLike(pieces[j])) j++;
      if (j - i >= 2) {
        push('verse', chunk[pieces[i][0]], chunk[pieces[j - 1][1]]);
        i = j;
      } else {
        push('paragraph', chunk[pieces[i][0]], chunk[pieces[i][1]]);
        i++;
      }
    }
  }
  return blocks;
}
