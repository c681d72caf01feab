/**
 * Whether a story is finished (by its author) and where the reader is in it:
 * what the library shows next to each work ("in progress", "caught up").
 */
import { detectHeadingLines, HEAD_SCAN } from './parse-blocks.js';
import type { WorkView } from './types.js';

/** Whether the author has finished the work, as far as its text tells. */
export type WorkStatus = 'in-progress' | 'complete' | 'unknown';

/** Where the reader is in a work. `caught-up`: read the last available part of an unfinished work. */
export type ReadingState = 'not-started' | 'reading' | 'caught-up' | 'finished';

/** Checked first: "Incomplete" contains "complete". */
const IN_PROGRESS = /\b(?:in[\s-]*progress|incomplete|ongoing|on[\s-]*going|unfinished|wip|work in progress|updating|hiatus|abandoned)\b/i;
const COMPLETE = /\b(?:complete|completed|finished|done)\b/i;
/** `Chapters: 12/?` (AO3) or `Chapters: 12/15`. */
const CHAPTERS = /\bchapters?\s*:\s*(\d+)\s*\/\s*(\d+|\?)/i;
/**
 * Ending markers, as a whole line (decoration such as `~Fin~` or `*** THE END ***`
 * stripped). A whole-line match keeps headings like "STAVE V: THE END OF IT" out.
 */
const ENDING = /^(?:the\s+end|end|fin|finis|end\s+file|end\s+of\s+(?:file|story|fic)|the\s+very\s+end|owari)[.!]*$/i;
const DECOR = /^[\s~*=_\-–—#<>()[\]{}.•·]+|[\s~*=_\-–—#<>()[\]{}•·]+$/g;
/** How many last non-blank lines may hold the marker (an author's note or a "Thanks for reading!" may follow it). */
const TAIL_LINES = 3;

/** The status a header states (`Status: …`, `Chapters: n/m`, AO3's `Completed:` date), or null. */
function headerStatus(work: WorkView): WorkStatus | null {
  const fields = Object.entries(work.meta);
  const front = work.sections.filter((s) => s.kind === 'front').map((s) => work.text.slice(s.start, Math.min(s.end, s.start + 4000)));
  // Header text: fields as `Label: value` (values can hold more fields, e.g. AO3's Stats or ffnet's one-line header).
  const header = [...fields.map(([k, v]) => `${k}: ${v}`), ...front].join('\n');
  for (const m of header.matchAll(/\bstatus\s*:\s*([^\n]*)/gi)) {
    // ffnet's one-line header goes on after the value: `Status: Complete - id: 123`.
    const value = m[1].split(/\s[-–|]\s|[|,;]/)[0];
    if (IN_PROGRESS.test(value)) return 'in-progress';
    if (COMPLETE.test(value)) return 'complete';
  }
  const ch = CHAPTERS.exec(header);
  if (ch) return ch[2] !== '?' && Number(ch[1]) >= Number(ch[2]) ? 'complete' : 'in-progress';
  if (/^\s*completed\s*:\s*\d/im.test(header) || /\bcompleted\s*:\s*\d{4}-\d\d-\d\d/i.test(header)) return 'complete';
  return null;
}

/** True when the last part ends with an ending marker (`The End`, `End file.`, `~Fin~`). */
function hasEndingMarker(work: WorkView): boolean {
  const parts = work.sections.filter((s) => s.kind === 'part');
  const last = parts[parts.length - 1];
  if (!last) return false;
  // The heading lines are in the part's first HEAD_SCAN characters: when the
  // part's end holds TAIL_LINES whole lines past those, the marker can only
  // be there, and a 1 MB part is not cut out whole to look at its last lines.
  const tailFrom = Math.max(last.start + HEAD_SCAN, last.end - TAIL_CHARS);
  if (tailFrom < last.end) {
    const tail = work.text.slice(tailFrom, last.end).split('\n').slice(1).filter((l) => l.trim());
    if (tail.length >= TAIL_LINES) return endsWithMarker(tail);
  }
  const lines = work.text.slice(last.start, last.end).split('\n');
  // A part whose heading is "The End" is not ended by its own heading.
  let skip = detectHeadingLines(lines.join('\n'), last);
  const body: string[] = [];
  for (const l of lines) {
    if (!l.trim()) continue;
    if (skip > 0) skip--;
    else body.push(l);
  }
  return endsWithMarker(body);
}

/** How much of a part's end is cut out to find its last lines (more only when they are longer). */
const TAIL_CHARS = 4096;

function endsWithMarker(nonBlank: string[]): boolean {
  return nonBlank.slice(-TAIL_LINES).some((l) => ENDING.test(l.replace(DECOR, '')));
}

/**
 * The work's status: the header's word when it states one, else an ending
 * marker means complete, else unknown. The header wins because FanFicFare
 * ends every download with "End file.", finished or not.
 */
export function detectStatus(work: WorkView): WorkStatus {
  return headerStatus(work) ?? (hasEndingMarker(work) ? 'complete' : 'unknown');
}

/** What {@link readingState} needs: which parts (0-based ordinals) were paged through to their end. */
export interface ReadingProgress {
  status: WorkStatus;
  partsRead: number[];
  partCount: number;
  /** True once the work was opened (a saved position exists). */
  started: boolean;
}

/**
 * The reader's state in a work. Having read the last part means `finished`,
 * except in a work marked in progress, where it means `caught-up` (more may
 * come). An unknown status counts as finished: most such files are one-shots
 * or old books, and a new part turns the state back into `reading` anyway.
 */
export function readingState(p: ReadingProgress): ReadingState {
  const read = new Set(p.partsRead.filter((n) => Number.isInteger(n) && n >= 0 && n < p.partCount));
  if (!p.started && read.size === 0) return 'not-started';
  if (p.partCount > 0 && read.has(p.partCount - 1)) return p.status === 'in-progress' ? 'caught-up' : 'finished';
  return 'reading';
}
