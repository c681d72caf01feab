/**
 * A one-line text input for the bottom line of a screen: the reader's `/`
 * search and the note after `m`. The editing rules live in
 * `core/line-edit`; this component feeds it keys and draws the line.
 */
import React, { useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { switchTo, useKeys } from './use-keys.js';
import { editLine, startLine, visibleLine, type LineState } from '../core/line-edit.js';
import { displayWidth } from '../core/text-width.js';
import { theme } from './theme.js';

/** Props of {@link PromptLine}. */
export interface PromptLineProps {
  label: string;
  line: LineState;
  width: number;
  /** Shown at the right when there is room. */
  hint?: string;
}

/** Draws `label value` in one line with the cursor as an inverse cell; a long value shows the part around the cursor. */
export function PromptLine({ label, line, width, hint = 'Enter ok · Esc cancel' }: PromptLineProps) {
  const labelW = displayWidth(label);
  const hintW = displayWidth(hint) + 2;
  const showHint = width - labelW - hintW >= 16;
  const room = Math.max(1, width - labelW - (showHint ? hintW : 0));
  const shown = visibleLine(line, room);
  const used = displayWidth(shown.before) + Math.max(1, displayWidth(shown.at)) + displayWidth(shown.after);
  const gap = Math.max(0, width - labelW - used - hintW);
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text bold color={theme.highlight}>
          {label}
        </Text>
        {shown.before}
        <Text inverse>{shown.at || ' '}</Text>
        {shown.after}
        {showHint ? <Text dimColor>{' '.repeat(gap + 2) + hint}</Text> : null}
      </Text>
    </Box>
  );
}

/** Props of {@link TextPrompt}. */
export interface TextPromptProps {
  /** Drawn before the text, e.g. `/` or `Note: `. */
  label: string;
  initial?: string;
  width: number;
  onSubmit(text: string): void;
  onCancel(): void;
  /** Ctrl-C; without it Ctrl-C cancels the prompt. */
  onQuit?(): void;
  isActive?: boolean;
}

/** A one-line input with a movable cursor (see `core/line-edit` for the keys): Enter submits, Esc cancels. */
export function TextPrompt({ label, initial = '', width, onSubmit, onCancel, onQuit, isActive = true }: TextPromptProps) {
  const [line, setLine] = useState(() => startLine(initial));
  // Several keys can arrive in one input event; each must see the line the previous one left.
  const ref = useRef(line);

  useKeys(
    (ev) => {
      if (ev.name === 'Ctrl-C') return switchTo(onQuit ?? onCancel);
      const r = editLine(ref.current, ev);
      if (r.line !== ref.current) {
        ref.current = r.line;
        setLine(r.line);
      }
      // Whatever follows Enter/Esc in the same burst goes to the screen the prompt returns to.
      if (r.done === 'submit') return switchTo(() => onSubmit(r.line.value));
      if (r.done === 'cancel') return switchTo(onCancel);
    },
    { isActive },
  );

  return <PromptLine label={label} line={line} width={width} />;
}
