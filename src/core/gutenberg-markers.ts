/**
 * Project Gutenberg boilerplate: the `*** START OF …` / `*** END OF …`
 * markers, the older `End of the Project Gutenberg EBook of …` line, and the
 * title/author the header states.
 */
import { collapse } from './parse-headings.js';

/** Line indices of the boilerplate boundaries, -1 when absent. */
export interface GutenbergMarkers {
  /** The `*** START OF …` line (front matter ends after it). */
  start: number;
  /** First line of the back matter: END marker or the `End of the Project Gutenberg …` line. */
  end: number;
}

const START_RE = /^\*{3}\s*START OF (?:THE|THIS) PROJECT GUTENBERG/i;
const END_RE = /^\*{3}\s*END OF (?:THE|THIS) PROJECT GUTENBERG/i;
const END_LINE_RE = /^End of (?:the )?Project Gutenberg(?:'s|’s)?\s/i;

/**
 * Finds the markers. Only lines whose first non-space character is `*` or
 * `E` are tested, so this is cheap on large books.
 */
export function findGutenbergMarkers(lines: readonly string[]): GutenbergMarkers {
  let start = -1;
  let endMarker = -1;
  let endLine = -1;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let j = 0;
    while (j < line.length && (line.charCodeAt(j) === 32 || line.charCodeAt(j) === 9)) j++;
    const c = line.charAt(j);
    if (c !== '*' && c !== 'E' && c !== 'e') continue;
    const t = j ? line.slice(j) : line;
    if (c === '*') {
      if (start < 0 && START_RE.test(t)) {
        start = i;
        // An end line above the START marker (a stray `End of the Project Gutenberg …` in the header) cannot end the body.
        endMarker = -1;
        endLine = -1;
      }
      else if (endMarker < 0 && i > start && END_RE.test(t)) endMarker = i;
    } else if (endLine < 0 && i > start && END_LINE_RE.test(t)) {
      endLine = i;
    }
  }
  let end = endMarker;
  // the older `End of the Project Gutenberg EBook` line sits just before the END marker
  if (endLine >= 0 && (end < 0 || (endLine < end && end - endLine < 40))) end = endLine;
  return { start, end };
}

/**
 * Title and author from the header's first line, e.g. `The Project Gutenberg
 * eBook of War and Peace, by Leo Tolstoy`.
 */
export function parseGutenbergTitleLine(line: string): { title: string | null; author: string | null } {
  // Collapsed like every other title: a tab or a run of spaces in the line would misalign the library's columns.
  const m = /Project Gutenberg(?:'s|’s)? (?:e-?book|etext|ebook)?\s*(?:of\s+)?(.+?)\s*$/i.exec(collapse(line));
  if (!m || !/Project Gutenberg/i.test(line)) return { title: null, author: null };
  const body = m[1];
  const by = /^(.*?),\s+by\s+(.+)$/i.exec(body);
  if (by) return { title: by[1].trim() || null, author: by[2].trim() || null };
  return { title: body || null, author: null };
}
