/**
 * What a file says about itself at the top: `Label: value` header fields
 * (fan-fiction headers, FanFicFare, Project Gutenberg), a title block
 * (`LITTLE WOMEN` / `by` / `Louisa May Alcott`) and `By Name` lines.
 */
import { isBlankLine } from './normalize.js';
import { classifyHeading, collapse } from './parse-headings.js';

/** What {@link parseHeader} found. */
export interface HeaderInfo {
  meta: Record<string, string>;
  title: string | null;
  author: string | null;
  /** Line index just after the last header line (meta, title, by-line), or -1 when there is none. */
  end: number;
}

const LABEL_LINE = /^([A-Za-z][A-Za-z'’ ]{0,28}[A-Za-z])\s*:\s*(.*)$/;
const BY_LINE = /^by\s+(\S.{0,60})$/i;
const LONE_BY = /^(?:by|von|par|door|di|av|de|por)$/i;
const NOT_LABELS = /^(?:chapter|part|book|volume|act|scene|letter|stave|note|notes|a\/?n)$/i;

/** Fields written as prose, which run on over several unindented lines. */
const PROSE_FIELD = /^(?:summary|description|synopsis|blurb|notes?|author'?s? notes?)$/i;
/** A line this long was wrapped by the site: the field goes on below it. */
const WRAPPED_LINE = 50;

/**
 * Whether an unindented `line` goes on with field `label` (its previous line
 * `previous`). `Title: Foo` directly above the story's first line must not
 * take the story into the title, so only prose fields and wrapped lines run
 * on, and never onto a heading.
 */
function runsOn(label: string, previous: string, line: string): boolean {
  if (!/\p{L}/u.test(line) || classifyHeading(line) || /^[~#=*_-]/.test(line)) return false;
  return PROSE_FIELD.test(label) || previous.trim().length >= WRAPPED_LINE;
}

/** Chinese header labels (`书名：…`, `作者：…`), with a full-width or plain colon. */
const CJK_LABEL_LINE = /^(书名|書名|标题|標題|作者|作\s*者|简介|簡介|内容简介|內容簡介|状态|狀態)\s*[：:]\s*(.*)$/;
const TITLE_LABEL = /^(?:title|书名|書名|标题|標題)$/i;
const AUTHOR_LABEL = /^(?:author|作者)$/i;

/** A `Label: value` line; the label has at most four words and no digits. */
export function parseLabelLine(line: string): [string, string] | null {
  const cjk = CJK_LABEL_LINE.exec(line);
  if (cjk) return [cjk[1].replace(/\s+/g, ''), collapse(cjk[2])];
  const m = LABEL_LINE.exec(line);
  if (!m) return null;
  const label = m[1].trim();
  if (label.split(/\s+/).length > 4 || NOT_LABELS.test(label)) return null;
  return [label, collapse(m[2])];
}

/**
 * Reads the header block of lines [from, to). Up to four lines (title,
 * by-line) may precede the `Label: value` lines; the block ends at the first
 * other non-blank line after them. With `loose` (a Gutenberg header, which
 * mixes prose and fields) every label line up to `to` is read.
 */
export function parseHeader(lines: readonly string[], from: number, to: number, loose: boolean): HeaderInfo {
  const meta: Record<string, string> = {};
  let title: string | null = null;
  let author: string | null = null;
  let end = -1;
  let lastLabel: string | null = null;
  const pre: number[] = [];
  for (let i = from; i < to; i++) {
    const raw = lines[i];
    if (isBlankLine(raw)) {
      lastLabel = null;
      continue;
    }
    const t = raw.trim();
    let field = /^\s/.test(raw) ? null : parseLabelLine(t);
    // `Rating:` with its value on the indented lines below (AO3's text download)
    if (field && !field[1] && !(i + 1 < to && /^\s+\S/.test(lines[i + 1]))) field = null;
    if (field) {
      if (!(field[0] in meta)) meta[field[0]] = field[1];
      lastLabel = field[0];
      end = i + 1;
      continue;
    }
    if (lastLabel && (/^\s/.test(raw) || (!loose && runsOn(lastLabel, lines[i - 1], t)))) {
      // a continuation line: Gutenberg's indented second `Title:` line, a wrapped `Summary:`
      // A Title's second line is a subtitle ("A Christmas Carol: A Ghost Story of Christmas"); other fields just wrap.
      const joiner = /^title$/i.test(lastLabel) && !/[:;,.—-]$/.test(meta[lastLabel] ?? '') ? ': ' : ' ';
      meta[lastLabel] = meta[lastLabel] ? `${meta[lastLabel]}${joiner}${collapse(t)}` : collapse(t);
      end = i + 1;
      continue;
    }
    lastLabel = null;
    if (loose) continue;
    if (end >= 0 || pre.length >= 4) break;
    pre.push(i);
  }
  if (!loose && isDialogue(meta)) {
    // `Harry: Where are you going?` / `Ron: Out.`: a script-format opening, not a header.
    for (const k of Object.keys(meta)) delete meta[k];
    end = -1;
  }
  for (const [k, v] of Object.entries(meta)) {
    if (!title && TITLE_LABEL.test(k)) title = v;
    if (!author && AUTHOR_LABEL.test(k)) author = v;
  }
  // title block before the fields: `Title` / `by Author`
  const block = titleBlock(lines, pre);
  if (block.author || block.title) {
    title ??= block.title;
    author ??= block.author;
    end = Math.max(end, block.end);
  }
  return { meta, title, author, end };
}

/** Labels that headers use; a block with none of them whose every value is a sentence is dialogue. */
const HEADER_WORDS =
  /\b(?:title|author|by|rating|rated|summary|disclaimer|pairings?|warnings?|category|categories|fandoms?|characters?|words?|status|chapters?|published|updated|url|link|notes?|a\/?n|genres?|language|series|beta|feedback|archive|spoilers?|dedication|prompt|timeline|setting|length|source|date|story|relationships?|tags?|stats|completed|id)\b/i;

function isDialogue(meta: Record<string, string>): boolean {
  const fields = Object.entries(meta);
  return fields.length > 0 && fields.every(([k, v]) => !HEADER_WORDS.test(k) && /[.?!…"”’'-]$/.test(v) && /\s/.test(v));
}

/**
 * A title block among the given non-blank lines: a by-line (`by Name`, or a
 * lone `by`/`von` line followed by the name) gives the author, and the short
 * line just before it the title. A title in 《…》 stands alone.
 */
export function titleBlock(lines: readonly string[], idx: readonly number[]): { title: string | null; author: string | null; end: number } {
  for (let k = 0; k < idx.length; k++) {
    const t = collapse(lines[idx[k]]);
    const bracket = /^[《『「](.+)[》』」]$/.exec(t);
    if (k === 0 && bracket) return { title: bracket[1], author: null, end: idx[k] + 1 };
    const by = BY_LINE.exec(t);
    let author: string | null = null;
    let endAt = idx[k] + 1;
    if (by && by[1].split(' ').length <= 7) author = by[1];
    else if (LONE_BY.test(t) && k + 1 < idx.length) {
      author = collapse(lines[idx[k + 1]]);
      endAt = idx[k + 1] + 1;
    }
    if (author !== null) {
      const prev = k > 0 ? collapse(lines[idx[k - 1]]) : '';
      const title = prev && prev.length <= 80 ? prev : null;
      return { title, author, end: endAt };
    }
  }
  return { title: null, author: null, end: -1 };
}
