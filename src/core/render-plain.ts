/**
 * Plain-text output of a work for `fic-read read` when stdout is not a TTY:
 * the same layout as the reader, without any escape sequence.
 */
import { alignLine, layoutWorkSection } from './layout.js';
import type { LoadedWork } from './types.js';

/**
 * Lays out all sections of `work` (or only `sectionIndex`) at `width`
 * columns (default 80): left-aligned prose, centered headings and scene
 * breaks, verse line breaks kept, one blank line between sections, no
 * trailing spaces, ending with a newline. Sections with no text are skipped.
 */
export function renderPlain(work: LoadedWork, width = 80, sectionIndex?: number): string {
  const indices = sectionIndex === undefined ? work.sections.map((_, i) => i) : [sectionIndex];
  const parts: string[] = [];
  for (const i of indices) {
    if (i < 0 || i >= work.sections.length) continue;
    const lines = layoutWorkSection(work, i, width);
    if (lines.length === 0) continue;
    parts.push(lines.map((l) => alignLine(l, width).trimEnd()).join('\n'));
  }
  return parts.length ? `${parts.join('\n\n')}\n` : '';
}
