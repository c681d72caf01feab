/**
 * Splits a normalised text into front matter, chapter-level parts and back
 * matter, and reads its title, author and header fields. Pure and single-pass
 * over lines (plus a few bounded scans), so a 10 MB book takes well under a second.
 */
import { parseHeader, titleBlock, type HeaderInfo } from './front-matter.js';
import { findGutenbergMarkers, parseGutenbergTitleLine } from './gutenberg-markers.js';
import { findHeadingUnits, chooseParts, type Unit, type WordsBetween } from './heading-units.js';
import { classifyHeading } from './parse-headings.js';
import { detectHardWrap } from './line-scan.js';
import { stringDoc, type LineDoc } from './line-doc.js';
import { partBodyStart } from './part-scan.js';
import { entryKeys, findToc } from './toc-filter.js';
import type { Section, Structure } from './types.js';

/** Reads title/author/meta from a Gutenberg header or a top-of-file header block. */
function readHeader(lines: readonly string[], blank: Uint8Array, pgStart: number, firstUnitLine: number): HeaderInfo {
  if (pgStart >= 0) {
    const h = parseHeader(lines, 0, pgStart, true);
    const first = lines.findIndex((l, i) => i < pgStart && !blank[i]);
    if (first >= 0 && (!h.title || !h.author)) {
      const pg = parseGutenbergTitleLine(lines[first]);
      h.title ??= pg.title;
      h.author ??= pg.author;
    }
    if (!h.title || !h.author) {
      // the title page after the START marker: `Title` / `by Author`
      const idx: number[] = [];
      for (let i = pgStart + 1; i < lines.length && i < firstUnitLine && idx.length < 8; i++) if (!blank[i]) idx.push(i);
      const b = titleBlock(lines, idx);
      h.title ??= b.title;
      h.author ??= b.author;
    }
    h.end = pgStart + 1;
    return h;
  }
  return parseHeader(lines, 0, Math.min(firstUnitLine, 300), false);
}

/** See the module comment. `text` must come from normalizeText(decodeBytes(…).text). */
export function detectStructure(text: string): Structure {
  return detectStructureHashed(text, false).structure;
}

/**
 * {@link detectStructure}, and with `hash` each part's body hash (what
 * fingerprintWork gives), computed in the same pass as its word count.
 */
export function detectStructureHashed(text: string, hash: boolean): { structure: Structure; partHashes: string[] } {
  const found = detectStructureOn(stringDoc(text), hash);
  if (!found) throw new Error('a whole text always has a structure'); // only a partial doc bails out
  return found;
}

/** The result of {@link detectStructureHashed}. */
export interface HashedStructure {
  structure: Structure;
  partHashes: string[];
}

/**
 * {@link detectStructureHashed} on a LineDoc. A partial doc (stand-in lines,
 * see LineDoc) gets null when the text has a Gutenberg marker or a contents
 * list, whose rules read lines that may be stand-ins: the caller then decodes
 * the whole text.
 */
export function detectStructureOn(doc: LineDoc, hash: boolean): HashedStructure | null {
  const partHashes: string[] = [];
  const { lines, starts, blank } = doc;
  const n = lines.length;
  const offset = (line: number): number => (line >= n ? doc.length : starts[line]);
  const pg = findGutenbergMarkers(lines);
  if (doc.partial && (pg.start >= 0 || pg.end >= 0)) return null;
  const bodyFrom = pg.start >= 0 ? pg.start + 1 : 0;
  const bodyTo = pg.end >= 0 ? pg.end : n;
  const hardWrapped = detectHardWrap(lines, blank, bodyFrom, bodyTo, doc.wideAt);

  const toc = findToc(lines, blank, bodyFrom, bodyTo);
  if (doc.partial && toc) return null;
  const units = findHeadingUnits(lines, blank, toc ? toc.end : bodyFrom, bodyTo, hardWrapped, toc !== null);
  let firstHead = bodyTo;
  for (let i = bodyFrom; i < Math.min(bodyTo, bodyFrom + 300); i++) {
    if (!blank[i] && (i === 0 || blank[i - 1]) && classifyHeading(lines[i])) {
      firstHead = i;
      break;
    }
  }
  const header = readHeader(lines, blank, pg.start, toc ? Math.min(toc.start, firstHead) : firstHead);
  // Callers only ask whether a gap holds a few words (under 8, under 50): no need to count a whole chapter.
  const wordsBetween: WordsBetween = (a, b) => doc.words(offset(a), offset(b), 64);
  const parts: Unit[] = chooseParts(units, toc ? toc.entries : [], wordsBetween);
  const groups = findGroups(units, parts, toc ? toc.entries : [], wordsBetween);

  const backStart = pg.end >= 0 ? offset(pg.end) : doc.length;
  const sections: Section[] = [];
  const push = (kind: Section['kind'], title: string | null, subtitle: string | null, start: number, end: number, group?: string | null): void => {
    if (end <= start && kind !== 'part') return;
    const sec: Section = { kind, title, subtitle, start, end, words: 0 };
    if (group !== undefined) sec.group = group;
    if (hash && kind === 'part') {
      const counted = doc.wordsAndHash(start, partBodyStart(doc, sec), end);
      sec.words = counted.words;
      partHashes.push(counted.hash);
    } else sec.words = doc.words(start, end);
    sections.push(sec);
  };
  // a part opened by a group heading (`BOOK TWO`) starts at that heading, so it reads as the start of the book
  const partLine = (k: number): number => (groups && groups.opens[k] >= 0 ? groups.opens[k] : parts[k].line);

  if (parts.length === 0) {
    // one untitled part; a clear header block (Gutenberg header, `Label: value` fields) stays front matter
    const frontEnd = header.end > 0 ? offset(header.end) : 0;
    push('front', null, null, 0, frontEnd);
    push('part', null, null, frontEnd, backStart);
  } else {
    let firstStart = offset(partLine(0));
    const headerEnd = header.end > 0 ? offset(header.end) : 0;
    const leadWords = doc.words(headerEnd, firstStart);
    if (doc.blankBefore(firstStart)) {
      firstStart = 0; // only whitespace before the first heading: no front section
    } else if (pg.start < 0 && !toc && header.end < 0 && leadWords >= untitledThreshold(parts, doc, bodyTo)) {
      // prose before the first heading with no header at all: the file lost its first heading
      push('part', null, null, 0, firstStart, groups ? null : undefined);
      firstStart = -1;
    }
    if (firstStart > 0) push('front', null, null, 0, firstStart);
    for (let k = 0; k < parts.length; k++) {
      const start = k === 0 && firstStart === 0 ? 0 : offset(partLine(k));
      const end = k + 1 < parts.length ? offset(partLine(k + 1)) : backStart;
      push('part', parts[k].title, parts[k].subtitle, start, end, groups ? groups.names[k] : undefined);
    }
  }
  push('back', null, null, backStart, doc.length);

  return { structure: { title: header.title, author: header.author, meta: header.meta, sections, hardWrapped }, partHashes };
}

/** Words a group heading may have before its first part: room for a subtitle or an epigraph, not for prose. */
const GROUP_GAP = 50;

/** Per part: the line of the group heading(s) that open it (-1: none) and the group it belongs to. */
interface Groups {
  opens: number[];
  names: (string | null)[];
}

/**
 * The level above chapters. A group heading is a unit that is not a part
 * and has almost no text before the next part: a book/volume/act heading
 * (`BOOK TWO: 1805`, `ACT II`), a prologue/epilogue that only holds chapters,
 * or a line the contents list names (`FIRST EPILOGUE: 1813 - 20`). Units are
 * after the contents list, so its entries never count. Null when the work has none.
 */
function findGroups(units: Unit[], parts: Unit[], tocEntries: readonly string[], words: WordsBetween): Groups | null {
  const isPart = new Set(parts);
  const tocKeys = new Set(tocEntries.flatMap(entryKeys));
  const opens: number[] = [];
  const names: (string | null)[] = [];
  let run: Unit[] = []; // group-like units since the last part, none of them cut off by another heading
  let current: string | null = null;
  let any = false;
  for (const u of units) {
    if (isPart.has(u)) {
      const near = run.filter((g) => words(g.after, u.line) < GROUP_GAP);
      opens.push(near.length ? near[0].line : -1);
      if (near.length) current = near.map((g) => g.title).join(' · ');
      any ||= near.length > 0;
      names.push(current);
      run = [];
    } else if (u.level === 'upper' || u.level === 'named' || (u.level === null && u.keys.some((k) => tocKeys.has(k)))) {
      run.push(u);
    } else if (u.level !== null) {
      run = []; // a chapter heading that is not a part (a contents list in the body) ends the run
    }
  }
  return any ? { opens, names } : null;
}

/** Words of prose before the first heading that make it a part rather than front matter. */
function untitledThreshold(parts: Unit[], doc: LineDoc, bodyTo: number): number {
  const first = doc.starts[parts[0].line];
  const last = bodyTo >= doc.lines.length ? doc.length : doc.starts[bodyTo];
  const avg = doc.words(first, last) / parts.length;
  return Math.max(150, avg * 0.25);
}
