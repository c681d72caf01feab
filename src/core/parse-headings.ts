/**
 * Recognises one line as a heading, without looking at its neighbours.
 * Context rules (blank line before, subtitle lines, tables of contents) live in
 * detect-structure.ts and toc-filter.ts.
 */
import { mayBeHeading, needsCollapse } from './line-chars.js';
import { CJK_NUMERAL_CLASS, numeralValue, romanValue } from './numerals.js';

/**
 * How high a heading sits: `upper` = book/volume/act/part (a level above
 * chapters), `chapter` = chapter-like label with a number, `numeral` = a bare
 * or titled Roman/Arabic number, `named` = prologue/epilogue.
 */
export type HeadingLevel = 'upper' | 'chapter' | 'numeral' | 'named';

/** A line recognised as a heading. */
export interface HeadingMatch {
  level: HeadingLevel;
  /** Display title (trimmed, whitespace collapsed). */
  title: string;
  /** True when the line is only a label and a number (`CHAPTER I.`), so the next line may carry its title. */
  bare: boolean;
}

const UPPER_LABELS = new Set(['part', 'book', 'volume', 'vol', 'act']);
const LABEL_RE =
  /^(chapter|chap|ch|letter|stave|scene|part|book|volume|vol|act|section|episode|canto)(?![\p{L}])\.?\s*[:.]?\s*/iu;
const NUMBER_TOKEN = /^(?:the\s+)?([0-9]{1,4}|[A-Za-z]+(?:-[A-Za-z]+)?)/;
const SEPARATOR = /^\s*[.:\-–—)~\]]*\s*/;
const CJK_RE = new RegExp(`^第[${CJK_NUMERAL_CLASS}]+([章回节節卷部篇集幕])(?=$|[\\s\\u3000:：、.．·])`);
const NAMED_RE = /^(?:the\s+)?(prologue|epilogue)(?![\p{L}])\s*[.:\-–—]?\s*(.*)$/iu;
const LEAD_DECOR = /^[~*#=+\-_<({[•·]+\s*/;
const TRAIL_DECOR = /\s*[~*#=+\-_>)}\]•·]+$/;

/** Trims and collapses every run of whitespace (NBSP and U+3000 included) to one space. */
export function collapse(s: string): string {
  // Most lines have nothing to collapse, and checking is much cheaper than replacing.
  if (!needsCollapse(s)) return s;
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** Drops a closing bracket that has no opening one (`Chapter I.]` inside an illustration block). */
function dropStrayBracket(s: string): string {
  return s.endsWith(']') && !s.includes('[') ? s.slice(0, -1).trimEnd() : s;
}

function startsUpper(s: string): boolean {
  return /^["'“‘]?[\p{Lu}\p{N}]/u.test(s);
}

function wordCount(s: string): number {
  return s.split(' ').filter(Boolean).length;
}

/**
 * Classifies a single line. Returns null for prose, including lines that
 * merely start with the word "Chapter" (`Chapter 12 was the best`).
 */
export function classifyHeading(line: string): HeadingMatch | null {
  if (!mayBeHeading(line)) return null; // most prose lines, without a regex
  // Structure detection asks about the same candidate line several times (headings, contents, header end).
  let found = memo.get(line);
  if (found === undefined) {
    if (memo.size >= MEMO_SIZE) memo.clear();
    memo.set(line, (found = classify(line)));
  }
  return found === null ? null : { ...found };
}

/** Results of recent lines (the object handed out is a copy: callers may keep it). */
const memo = new Map<string, HeadingMatch | null>();
const MEMO_SIZE = 4096;

function classify(line: string): HeadingMatch | null {
  const t = collapse(line);
  if (t.length === 0 || t.length > 100) return null;
  if (/[,;]$/.test(t)) return null;

  const cjk = CJK_RE.exec(t);
  if (cjk) {
    if (t.length > 60) return null;
    const upper = '卷部篇集'.includes(cjk[1]);
    return { level: upper ? 'upper' : 'chapter', title: t, bare: t.length === cjk[0].length };
  }

  const lead = LEAD_DECOR.exec(t);
  const decorated = lead !== null && /[~*#=+]/.test(lead[0]);
  const d = dropStrayBracket(t.slice(lead ? lead[0].length : 0));
  if (d.length === 0) return null;
  const label = LABEL_RE.exec(d);
  if (/^\p{Ll}/u.test(d)) {
    // Headings are capitalised: `chapter` in a note is prose. But some authors write every heading
    // in lower case; a line that is only `chapter 3` (or `chapter 3: title`) is one.
    return label && /^(?:chapter|part)$/.test(label[1]) ? lowerHeading(d, label, decorated) : null;
  }
  if (label) return labelled(d, label, decorated, lead !== null);

  const named = NAMED_RE.exec(d);
  if (named) {
    const rest = named[2];
    if (rest && (wordCount(rest) > 10 || !startsUpper(rest))) return null;
    return { level: 'named', title: cleanTitle(d, rest, decorated), bare: rest.length === 0 };
  }

  const num = /^([IVXLCDM]+|[0-9]{1,3})(\.?)(?:\s+(.*))?$/.exec(d);
  if (num) {
    const isRoman = !/^[0-9]/.test(num[1]);
    if (isRoman && romanValue(num[1]) === null) return null;
    const rest = num[3] ?? '';
    if (!rest) {
      // a lone `I` without a period is the pronoun far more often than a numeral
      if (num[1] === 'I' && !num[2]) return null;
      return { level: 'numeral', title: d, bare: true };
    }
    if (!num[2] || !startsUpper(rest) || wordCount(rest) > 12 || /[.!?]["”’']?$/.test(rest) && !isAllCaps(rest) && wordCount(rest) > 6) {
      return null;
    }
    return { level: 'numeral', title: cleanTitle(d, rest, decorated), bare: false };
  }
  return null;
}

/** A lower-case `chapter 3`: only the label and a number, or a title after an explicit separator. */
function lowerHeading(d: string, label: RegExpExecArray, decorated: boolean): HeadingMatch | null {
  const m = /^([0-9]{1,4}|[ivxlc]+|[a-z]+(?:-[a-z]+)?)(\s*[:.\-–—]\s+\S.*|\s*[:.]?)$/.exec(d.slice(label[0].length).replace(TRAIL_DECOR, ''));
  if (!m || numeralValue(m[1]) === null) return null;
  return labelled(d, label, decorated, false, true);
}

function labelled(d: string, label: RegExpExecArray, decorated: boolean, led = false, lower = false): HeadingMatch | null {
  const word = label[1].toLowerCase();
  const afterLabel = d.slice(label[0].length);
  const tok = NUMBER_TOKEN.exec(afterLabel);
  if (!tok || numeralValue(tok[1]) === null) return null;
  // `Chapter I` must be capitalised like the label: `Chapter in` is prose
  if (/^[a-z]/.test(tok[1]) && /^[A-Z]/.test(d.slice(label[0].length))) return null;
  const afterNum = afterLabel.slice(tok[0].length);
  const sep = SEPARATOR.exec(afterNum)![0];
  const rest = afterNum.slice(sep.length).replace(TRAIL_DECOR, '');
  if (rest) {
    if (!/[.:\-–—)~\]]/.test(sep) && !startsUpper(rest) && !lower) return null; // `Chapter 12 was the best`
    if (wordCount(rest) > 15) return null;
  }
  const level: HeadingLevel = UPPER_LABELS.has(word) ? 'upper' : 'chapter';
  return { level, title: cleanTitle(d, rest, decorated, led), bare: rest.length === 0 };
}

/**
 * `~Part: 1~ Title` shows only `Title`; undecorated headings keep the whole
 * line, less a closing mark that matches an opening one (`- Chapter 1 -`).
 */
function cleanTitle(d: string, rest: string, decorated: boolean, led = false): string {
  if (decorated && rest) return collapse(rest);
  return collapse(d.replace(TRAIL_DECOR, (m) => (led || /[~*#=+]/.test(m) ? '' : m)));
}

/** True when every cased letter is upper case (and there is at least one). */
export function isAllCaps(s: string): boolean {
  return s !== s.toLowerCase() && s === s.toUpperCase();
}

const STRUCTURAL = /^(?:prologue|epilogue|interlude|intermission|introduction|preface|afterword|foreword|one[- ]?shot|(?:part|book|volume|act)\s+\S+)[.:!]?$/i;

/** A line under `Chapter 1` that names what the chapter is (`Prologue`, `Part One`, `oneshot`): a subtitle. */
export function isStructuralSubtitle(line: string): boolean {
  const t = collapse(line);
  return t.length <= 40 && STRUCTURAL.test(t);
}

/**
 * A short line that reads like a title (`The Period`, `PLAYING PILGRIMS`),
 * not a sentence: capitalised, few words, no closing sentence punctuation
 * unless it is all capitals.
 */
export function isTitleish(line: string): boolean {
  const t = collapse(line);
  if (t.length === 0 || t.length > 70) return false;
  if (!/^[\p{Lu}\p{N}]/u.test(t)) return false;
  if (/[,;:]$/.test(t)) return false;
  const words = t.split(' ');
  if (words.length > 10) return false;
  if (isAllCaps(t)) return true;
  if (/[.!?]["”’']?$/.test(t)) return false;
  const long = words.filter((w) => w.length >= 4);
  const caps = long.filter((w) => /^[\p{Lu}\p{N}"'“‘(]/u.test(w));
  return long.length === 0 || caps.length * 2 >= long.length;
}

/** Matching key: NFKC, lower case, every run of non-letters/digits one space. */
export function headingKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const STRIP_NUMBER = new RegExp(
  String.raw`^(?:(?:chapter|chap|ch|letter|stave|scene|part|book|section|episode)\s+)?` +
    String.raw`(?:[0-9]{1,4}|[ivxlcdm]+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:\s(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+`,
);

/**
 * A heading key without its leading label/number (`1 a day of very low
 * probability` → `a day of very low probability`), so a numbered table of
 * contents matches unnumbered body headings. Empty when nothing is left.
 */
export function strippedKey(key: string): string {
  const m = STRIP_NUMBER.exec(key);
  return m ? key.slice(m[0].length) : '';
}
