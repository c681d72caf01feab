/**
 * The help screen, generated from the keymap tables, and `ScrollingLines`,
 * a scrollable page of styled lines that the details screen reuses.
 */
import React, { useState } from 'react';
import { Box, Text } from 'ink';
import wrapAnsi from 'wrap-ansi';
import { switchTo, useKeys } from './use-keys.js';
import { padToWidth, truncateToWidth } from '../core/text-width.js';
import { actionForKey, GLOBAL_KEYS, KEYMAPS, SCREEN_TITLES, type ScreenName } from './keymaps.js';
import { theme } from './theme.js';

/** One line of a scrolling page. */
export interface StyledLine {
  text: string;
  bold?: boolean;
  dim?: boolean;
  color?: string;
}

/** Props of {@link ScrollingLines}. */
export interface ScrollingLinesProps {
  title: string;
  lines: StyledLine[];
  /** Whose keymap scrolls and closes the page. */
  screen: 'help' | 'details';
  width: number;
  height: number;
  onClose(): void;
  isActive?: boolean;
}

/** A title line, a window of `lines` scrolled with the screen's keys, and a footer. */
export function ScrollingLines({ title, lines, screen, width, height, onClose, isActive = true }: ScrollingLinesProps) {
  const [top, setTop] = useState(0);
  const body = Math.max(1, height - 2);
  const maxTop = Math.max(0, lines.length - body);
  const clamp = (n: number) => Math.max(0, Math.min(n, maxTop));

  useKeys(
    (ev) => {
      const action = actionForKey(screen, ev);
      if (action === 'back' || action === 'quit') return switchTo(onClose);
      const delta: Record<string, number> = {
        down: 1,
        up: -1,
        pageDown: body,
        pageUp: -body,
        top: -Infinity,
        bottom: Infinity,
      };
      if (action && action in delta) setTop((t) => clamp(t + delta[action]));
    },
    { isActive },
  );

  const shown = lines.slice(clamp(top), clamp(top) + body);
  const more = lines.length > body ? ` ${clamp(top) + 1}-${clamp(top) + shown.length}/${lines.length}` : '';
  const backKeys = KEYMAPS[screen].find((b) => b.action === 'back')?.keys.join('/') ?? 'q';
  return (
    <Box flexDirection="column" width={width} height={height}>
      <Text bold color={theme.accent}>
        {truncateToWidth(title, width)}
      </Text>
      <Box flexDirection="column" height={body}>
        {shown.map((l, i) => (
          <Text key={i} bold={l.bold} dimColor={l.dim} color={l.color}>
            {truncateToWidth(l.text, width) || ' '}
          </Text>
        ))}
      </Box>
      <Text dimColor>{truncateToWidth(`j/k scroll · ${backKeys} back${more}`, width)}</Text>
    </Box>
  );
}

/** The help text for `screen`: its bindings, then the global ones, as lines; a description too long for `width` goes on under itself. */
export function helpLines(screen: ScreenName, width = Infinity): StyledLine[] {
  const table = [...KEYMAPS[screen], ...GLOBAL_KEYS];
  const labels = table.map((b) => b.keys.join(' '));
  const col = Math.min(24, Math.max(...labels.map((l) => l.length)) + 2);
  const room = width - 2 - col;
  return table.flatMap((b, i) => {
    // Too narrow to indent usefully: one line each, cut at the edge as before.
    const parts = room >= 20 ? wrapAnsi(b.help, room, { hard: true, trim: true }).split('\n') : [b.help];
    return parts.map((part, k) => ({ text: `  ${padToWidth(k === 0 ? labels[i] : '', col)}${part}` }));
  });
}

/** Props of {@link HelpScreen}. */
export interface HelpScreenProps {
  /** The screen whose keys to list. */
  screen: ScreenName;
  width: number;
  height: number;
  onClose(): void;
  isActive?: boolean;
}

/** Lists the keys of one screen, straight from its keymap table. */
export function HelpScreen({ screen, ...rest }: HelpScreenProps) {
  return (
    <ScrollingLines title={`fic-read help — ${SCREEN_TITLES[screen]} keys`} lines={helpLines(screen, rest.width)} screen="help" {...rest} />
  );
}
