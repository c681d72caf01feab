/**
 * The table of contents of the work being read: every section (front
 * matter, the numbered parts, back matter) with its length, the one being
 * read marked, Enter to go there. The cursor logic is `core/list-cursor`.
 */
import React, { useEffect, useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { switchTo, useKeys } from './use-keys.js';
import { initList, isListMove, listReducer, visibleRange, type ListAction, type ListView } from '../core/list-cursor.js';
import { displayWidth, padToWidth, truncateToWidth } from '../core/text-width.js';
import type { LoadedWork, Section } from '../core/types.js';
import { formatCount } from './DetailsScreen.js';
import { HelpScreen } from './HelpScreen.js';
import { actionForKey } from './keymaps.js';
import { theme } from './theme.js';

/** Props of {@link ContentsScreen}. */
export interface ContentsScreenProps {
  work: LoadedWork;
  /** Index into `work.sections` of the section being read. */
  current: number;
  width: number;
  height: number;
  onJump(sectionIndex: number): void;
  onClose(): void;
  /** Ctrl-C; without it Ctrl-C closes the contents. */
  onQuit?(): void;
  /** Sections already read, ticked in the list. */
  readSections?: ReadonlySet<number>;
  isActive?: boolean;
}

/** The name of a section in the contents: `Title — Subtitle`, or `Front matter` / `Back matter` / `Untitled`. */
export function contentsLabel(sec: Section): string {
  if (sec.kind === 'front') return 'Front matter';
  if (sec.kind === 'back') return 'Back matter';
  return [sec.title, sec.subtitle].filter((x): x is string => !!x).join(' — ') || 'Untitled';
}

/**
 * The label of a contents row. In a work with a level above chapters (books,
 * acts), the first part of each group carries the group's name
 * (`BOOK TWO: 1805 · CHAPTER I`) and the rest are indented under it, so that
 * identical chapter titles can be told apart while every row stays one
 * selectable section (no separator rows for the cursor to skip).
 */
export function rowLabel(sec: Section, prevGroup: string | null): string {
  const label = contentsLabel(sec);
  if (sec.kind !== 'part' || !sec.group) return label;
  return sec.group !== prevGroup ? `${sec.group} · ${label}` : `  ${label}`;
}

const FOOTERS = ['• reading now · j/k move · Enter go to · q back · ? help', 'j/k move · Enter go to · q back · ? help', 'Enter go to · q back · ? help', '? help · q back'];

/** The contents list; the cursor starts on the section being read. */
export function ContentsScreen(props: ContentsScreenProps) {
  const { work, current, width, height, onJump, onClose, readSections, isActive = true } = props;
  const sections = work.sections;
  const [view, setView] = useState<'list' | 'help'>('list');
  const listHeight = Math.max(1, height - 2);
  const [state, setState] = useState<ListView>(() => initList(sections.length, listHeight, current));
  const ref = useRef(state);
  const dispatch = (a: ListAction) => {
    const next = listReducer(ref.current, sections.length, a);
    if (next !== ref.current) {
      ref.current = next;
      setState(next);
    }
  };
  useEffect(() => dispatch({ type: 'resize', height: listHeight }), [listHeight]);

  useKeys(
    (ev) => {
      const action = actionForKey('contents', ev);
      if (isListMove(action)) dispatch({ type: action });
      else if (action === 'open') return sections.length ? switchTo(() => onJump(ref.current.cursor)) : undefined;
      else if (action === 'help') return switchTo(() => setView('help'));
      else if (action === 'back') return switchTo(onClose);
      else if (action === 'quit') return switchTo(props.onQuit ?? onClose);
    },
    { isActive: isActive && view === 'list' },
  );

  if (view === 'help') {
    return <HelpScreen screen="contents" width={width} height={height} onClose={() => setView('list')} isActive={isActive} />;
  }

  const partNo: number[] = [];
  const labels: string[] = [];
  let n = 0;
  let prevGroup: string | null = null;
  for (const s of sections) {
    partNo.push(s.kind === 'part' ? ++n : 0);
    labels.push(rowLabel(s, prevGroup));
    if (s.kind === 'part') prevGroup = s.group ?? null;
  }
  const numW = String(n).length + 2;
  const narrow = width < 50;
  const wordsText = (w: number) => (narrow ? formatCount(w) : `${formatCount(w)} ${w === 1 ? 'word' : 'words'}`);
  const wordsW = Math.max(...sections.map((s) => wordsText(s.words).length), 1);
  const markW = readSections ? 5 : 3;
  const labelW = Math.max(4, width - markW - numW - wordsW - 2);

  const { start, end } = visibleRange(state, sections.length);
  const rows = sections.slice(start, end).map((sec, k) => {
    const i = start + k;
    const selected = i === state.cursor;
    // ▸ is the cursor, as in the library and the bookmarks; • beside it the part being read (both can show).
    const mark = (selected ? '▸' : ' ') + (i === current ? '• ' : '  ') + (readSections ? (readSections.has(i) ? '✓ ' : '  ') : '');
    const num = partNo[i] ? `${partNo[i]}.`.padStart(numW - 1) + ' ' : ' '.repeat(numW);
    const line = `${mark}${num}${padToWidth(labels[i], labelW)}  ${wordsText(sec.words).padStart(wordsW)}`;
    return (
      <Text key={i} inverse={selected} bold={i === current} dimColor={sec.kind !== 'part' && !selected}>
        {truncateToWidth(line, width)}
      </Text>
    );
  });

  const title = `Contents — ${work.title} · ${n} ${n === 1 ? 'part' : 'parts'} · ${formatCount(work.words)} words`;
  const footer = FOOTERS.find((f) => displayWidth(f) <= width) ?? FOOTERS[FOOTERS.length - 1];
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={theme.accent}>
        {truncateToWidth(title, width)}
      </Text>
      <Box flexDirection="column" height={listHeight} overflow="hidden">
        {sections.length ? rows : <Text>This work has no sections.</Text>}
      </Box>
      <Text dimColor>{truncateToWidth(footer, width)}</Text>
    </Box>
  );
}
