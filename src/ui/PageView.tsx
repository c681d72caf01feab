/**
 * One page of text: the visible lines, the text block centered in the
 * terminal, scene breaks and headings centered within it, and the current
 * search match highlighted.
 */
import React from 'react';
import { Box, Text } from 'ink';
import { alignLine, type Line } from '../core/layout.js';
import { theme } from './theme.js';

/** A match to highlight, as offsets into the section's text. */
export interface Highlight {
  start: number;
  end: number;
}

/** Props of {@link PageView}. */
export interface PageViewProps {
  lines: readonly Line[];
  /** The section's text, to find which part of a line a match covers. */
  text: string;
  textWidth: number;
  columns: number;
  height: number;
  highlight?: Highlight | null;
}

/** Splits a line's shown text into [before, match, after] for a highlight, or null. */
export function splitForHighlight(line: Line, text: string, h: Highlight | null | undefined): [string, string, string] | null {
  if (!h || h.end <= line.start || h.start >= line.end) return null;
  // Lines show re-flowed text (whitespace collapsed), so find the matched source slice in it the same way.
  const piece = text.slice(Math.max(h.start, line.start), Math.min(h.end, line.end)).replace(/\s+/g, ' ').trim();
  if (!piece) return null;
  const shown = line.text;
  const before = text.slice(line.start, Math.max(h.start, line.start)).replace(/\s+/g, ' ');
  let at = shown.indexOf(piece, Math.max(0, before.trimStart().length - 1));
  if (at < 0) at = shown.indexOf(piece);
  if (at < 0) return null;
  return [shown.slice(0, at), piece, shown.slice(at + piece.length)];
}

/**
 * Draws one page. Always exactly `height` rows so the status line stays at
 * the bottom. The rows are one Text, lines joined by newlines: Ink then
 * measures and lays out one node instead of one per row (the first page of
 * a book is drawn sooner), and the screen is the same.
 */
export function PageView({ lines, text, textWidth, columns, height, highlight }: PageViewProps) {
  const left = ' '.repeat(Math.max(0, Math.floor((columns - textWidth) / 2)));
  const rows: React.ReactNode[] = [];
  // Plain rows in a run are one string, so most pages are a handful of pieces.
  let plain = '';
  const flush = () => {
    if (plain) rows.push(plain);
    plain = '';
  };
  for (let i = 0; i < height; i++) {
    const nl = i + 1 < height ? '\n' : '';
    const line = lines[i];
    if (!line) {
      plain += nl;
      continue;
    }
    const parts = splitForHighlight(line, text, highlight);
    const bold = line.kind === 'heading';
    if (!parts && !bold) {
      plain += left + alignLine(line, textWidth) + nl;
      continue;
    }
    flush();
    if (!parts) {
      rows.push(<Text key={i} bold>{left + alignLine(line, textWidth)}</Text>, nl);
      continue;
    }
    const pad = alignLine(line, textWidth).length - line.text.length;
    rows.push(
      <Text key={i} bold={bold}>
        {left + ' '.repeat(Math.max(0, pad)) + parts[0]}
        <Text inverse color={theme.highlight}>
          {parts[1]}
        </Text>
        {parts[2]}
      </Text>,
      nl,
    );
  }
  flush();
  return (
    <Box flexDirection="column" height={height}>
      <Text>{rows}</Text>
    </Box>
  );
}
