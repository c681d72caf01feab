/**
 * Details of one work: metadata, the summary when the header has one, and
 * the table of contents with words per part. Used by the library (`i`) and
 * the reader (`i`).
 */
import React from 'react';
import wrapAnsi from 'wrap-ansi';
import { safeLine } from '../core/safe-text.js';
import { formatAgo } from '../core/format-ago.js';
import { displayWidth, padToWidth, truncateToWidth } from '../core/text-width.js';
import type { WorkSummary } from '../core/types.js';
import { ScrollingLines, type StyledLine } from './HelpScreen.js';
import { theme } from './theme.js';

/** `12345` → `12,345`. */
export const formatCount = (n: number): string => n.toLocaleString('en-US');

/** A part's label for the contents: `Title — Subtitle`, or `Part N` when it has neither. */
export function partLabel(part: { title: string | null; subtitle: string | null }, index: number): string {
  const bits = [part.title, part.subtitle].filter((s): s is string => !!s);
  return bits.length ? bits.join(' — ') : `Part ${index + 1}`;
}

/** Options of {@link detailsLines}. */
export interface DetailsInfo {
  /** 0..1; omitted when unknown. */
  progress?: number;
  lastRead?: number;
  now?: number;
}

/** The details page of `work` as lines for a `width`-column screen. */
export function detailsLines(work: WorkSummary, width: number, info: DetailsInfo = {}): StyledLine[] {
  const lines: StyledLine[] = [];
  const wrap = (text: string, indent = '') =>
    wrapAnsi(text, Math.max(10, width - displayWidth(indent)), { hard: true, trim: true })
      .split('\n')
      .map((t) => ({ text: indent + t }));
  lines.push(...wrap(work.title).map((l) => ({ ...l, bold: true, color: theme.accent })));
  if (work.author) lines.push(...wrap(`by ${work.author}`));
  lines.push({ text: '' });
  const facts = [`${formatCount(work.words)} words`, `${work.parts.length} ${work.parts.length === 1 ? 'part' : 'parts'}`];
  if (work.status !== 'unknown') facts.push(work.status === 'complete' ? 'complete' : 'in progress');
  if (info.progress !== undefined) facts.push(`${Math.floor(info.progress * 100)}% read`);
  if (info.now !== undefined) {
    const ago = formatAgo(info.lastRead, info.now);
    facts.push(ago === 'never' ? 'not read yet' : `last read ${ago}`);
  }
  lines.push(...wrap(facts.join(' · ')));
  lines.push(...wrap(`File: ${safeLine(work.path)}`).map((l) => ({ ...l, dim: true })));
  // Older downloads of the same work, side by side in the library: this one is read instead.
  for (const old of work.older ?? []) lines.push(...wrap(`Older version (not shown in the list): ${safeLine(old)}`).map((l) => ({ ...l, dim: true })));

  const entries = Object.entries(work.meta);
  const summary = entries.find(([k]) => /^summary$/i.test(k));
  const others = entries.filter((e) => e !== summary);
  if (others.length) {
    lines.push({ text: '' });
    for (const [k, v] of others) lines.push(...wrap(`${k}: ${v}`));
  }
  if (summary) {
    lines.push({ text: '' }, { text: 'Summary', bold: true });
    for (const para of summary[1].split(/\n+/)) lines.push(...wrap(para, '  '));
  }

  lines.push({ text: '' }, { text: 'Contents', bold: true });
  if (work.parts.length === 0) lines.push({ text: '  (no parts found)', dim: true });
  const numW = String(work.parts.length).length;
  const wordsW = Math.max(...work.parts.map((p) => formatCount(p.words).length), 1) + 6;
  work.parts.forEach((p, i) => {
    const num = `  ${String(i + 1).padStart(numW)}. `;
    const labelW = Math.max(4, width - displayWidth(num) - wordsW - 1);
    const words = `${formatCount(p.words)} words`.padStart(wordsW);
    lines.push({ text: `${num}${padToWidth(truncateToWidth(partLabel(p, i), labelW), labelW)} ${words}` });
  });
  return lines;
}

/** Props of {@link DetailsScreen}. */
export interface DetailsScreenProps extends DetailsInfo {
  work: WorkSummary;
  width: number;
  height: number;
  onClose(): void;
  isActive?: boolean;
}

/** A scrollable details page for one work; `q`/`Esc`/`i` close it. */
export function DetailsScreen({ work, width, height, onClose, isActive, ...info }: DetailsScreenProps) {
  return (
    <ScrollingLines
      title={`Details — ${work.title}`}
      lines={detailsLines(work, width, info)}
      screen="details"
      width={width}
      height={height}
      onClose={onClose}
      isActive={isActive}
    />
  );
}
