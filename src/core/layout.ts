/**
 * Lays out one section's blocks as display lines of at most `width` columns.
 *
 * Only the current section is ever laid out (a 10 MB book never is as a
 * whole), and every line keeps the source offsets it shows, so a Position
 * (section, offset) maps to a line at any width: that is what keeps the
 * reader's place across resizes.
 */
import { detectHeadingLines, parseBlocks, typicalLineLength } from './parse-blocks.js';
import type { Block, BlockKind, LoadedWork } from './types.js';
import { fastWidth, isFlowSpace, wrapRange } from './wrap-text.js';

/** One display line. `start`/`end` are offsets into the section's text of the first/last+1 char shown. */
export interface Line {
  text: string;
  start: number;
  end: number;
  /** 'blank' for the spacer between blocks (start = end = end of the previous block, see layoutSection). */
  kind: BlockKind | 'blank';
  align: 'left' | 'center';
}

/** Extra indent of a wrapped verse line's continuation, so the reader sees it is one line. */
const HANG = '  ';

/** Leading indent (in columns) of the source line holding `at`, counted back from `at`. */
function indentBefore(text: string, at: number): number {
  let cols = 0;
  for (let i = at - 1; i >= 0 && text.charCodeAt(i) !== 10; i--) {
    const c = text.charCodeAt(i);
    if (c === 9) cols += 4;
    else if (isFlowSpace(c)) cols += 1;
    else return 0;
  }
  return cols;
}

/** Source lines of a block as [start, end) content ranges (leading/trailing spaces trimmed). */
function sourceLines(text: string, block: Block): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let s = block.start;
  while (s < block.end) {
    let e = text.indexOf('\n', s);
    if (e < 0 || e > block.end) e = block.end;
    let a = s;
    let b = e;
    while (a < b && isFlowSpace(text.charCodeAt(a))) a++;
    while (b > a && isFlowSpace(text.charCodeAt(b - 1))) b--;
    if (b > a) out.push([a, b]);
    s = e + 1;
  }
  return out;
}

/**
 * Lays out `blocks` of a section's `text` at `width` columns: paragraphs
 * re-flowed and wrapped, verse lines kept (wrapped with a hanging indent when
 * too long), headings and scene breaks centered, one blank line between blocks.
 */
export function layoutSection(text: string, blocks: Block[], width: number): Line[] {
  const w = Math.max(1, Math.floor(width));
  const lines: Line[] = [];
  let prevEnd = -1;
  for (const block of blocks) {
    // The spacer sits at the end of the previous block (in the whitespace
    // between the blocks), not at the next block's start: every line then has
    // its own offset, and a page can start at a spacer without ambiguity.
    if (lines.length > 0) {
      const at = prevEnd < block.start ? prevEnd : block.start;
      lines.push({ text: '', start: at, end: at, kind: 'blank', align: 'left' });
    }
    prevEnd = block.end;
    const kind = block.kind;
    const align = kind === 'heading' || kind === 'break' ? 'center' : 'left';
    const emit = (t: string, start: number, end: number): void => {
      lines.push({ text: t, start, end, kind, align });
    };
    if (kind === 'paragraph') {
      wrapRange(text, block.start, block.end, w, emit);
      continue;
    }
    const src = sourceLines(text, block);
    // Verse keeps its indentation relative to its least indented line (a
    // poem indented in the source is set off by 2 columns), capped so that
    // narrow screens still have room for the words.
    const indents = kind === 'verse' ? src.map(([a]) => indentBefore(text, a)) : [];
    const least = indents.length ? Math.min(...indents) : 0;
    const setOff = least > 0 ? 2 : 0;
    const cap = Math.floor(w / 3);
    src.forEach(([a, b], i) => {
      const pad = kind === 'verse' ? ' '.repeat(Math.min(cap, setOff + indents[i] - least)) : '';
      const hang = kind === 'verse' && w > 8 ? pad + HANG : pad;
      wrapRange(text, a, b, w, emit, pad, hang);
    });
  }
  return lines;
}

/** Each work's wrap column, measured once over its whole text (a full scan of a 10 MB book). */
const wrapWidths = new WeakMap<LoadedWork, number>();

/**
 * Lays out section `sectionIndex` of `work` at `width`, detecting its heading.
 * The usual entry point for the reader and for plain output.
 */
export function layoutWorkSection(work: LoadedWork, sectionIndex: number, width: number): Line[] {
  const section = work.sections[sectionIndex];
  const text = work.text.slice(section.start, section.end);
  let wrap: number | undefined;
  if (work.hardWrapped) {
    wrap = wrapWidths.get(work) ?? typicalLineLength(work.text);
    wrapWidths.set(work, wrap);
  }
  const blocks = parseBlocks(text, work.hardWrapped, detectHeadingLines(text, section), wrap);
  return layoutSection(text, blocks, width);
}

/**
 * A line as it is shown in `width` columns: centered lines get left padding.
 * No trailing spaces.
 */
export function alignLine(line: Line, width: number): string {
  if (line.align !== 'center') return line.text;
  const pad = Math.max(0, Math.floor((width - fastWidth(line.text)) / 2));
  return ' '.repeat(pad) + line.text;
}

/** A small LRU of laid-out sections, keyed by (section, width). */
export interface LayoutCache {
  /** The cached lines for (sectionIndex, width), or `compute()`'s result, cached. */
  get(sectionIndex: number, width: number, compute: () => Line[]): Line[];
}

/**
 * Creates a {@link LayoutCache} holding up to `capacity` layouts: enough for
 * the current section, its neighbours (paging across a boundary) and a
 * width or two back (undoing a resize is instant).
 */
export function createLayoutCache(capacity = 8): LayoutCache {
  const map = new Map<string, Line[]>();
  return {
    get(sectionIndex, width, compute) {
      const key = `${sectionIndex}:${width}`;
      const hit = map.get(key);
      if (hit) {
        map.delete(key);
        map.set(key, hit);
        return hit;
      }
      const lines = compute();
      map.set(key, lines);
      if (map.size > capacity) map.delete(map.keys().next().value as string);
      return lines;
    },
  };
}
