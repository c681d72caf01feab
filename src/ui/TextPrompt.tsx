/**
 * A one-line text input for the bottom line of a screen: the reader's `/`
 * search and the note after `m`. The editing rules live in
 * `core/line-edit`; this component feeds it keys and draws the line.
 */
import React, { useRef, useState } from 'react';
import { Box, Text } from 'ink';
import { useKeys } from './use-keys.js';
import { editLine, visibleTail } from '../core/line-edit.js';
import { displayWidth } from '../core/text-width.js';
import { splitKeys } from './keymaps.js';
import { theme } from './theme.js';

/** Props of {@link PromptLine}. */
export interface PromptLineProps {
  label: string;
  value: string;
  width: number;
  /** Shown at the right when there is room. */
  hint?: string;
}

/** Draws `label value▏` in one line; a long value shows its end, where the typing is. */
export function PromptLine({ label, value, width, hint = 'Enter ok · Esc cancel' }: PromptLineProps) {
  const labelW = displayWidth(label);
  const hintW = displayWidth(hint) + 2;
  const showHint = width - labelW - hintW >= 16;
  const room = Math.max(1, width - labelW - 1 - (showHint ? hintW : 0));
  const shown = visibleTail(value, room);
  const gap = Math.max(0, width - labelW - displayWidth(shown) - 1 - hintW);
  return (
    <Box width={width} height={1}>
      <Text wrap="truncate">
        <Text bold color={theme.highlight}>
          {label}
        </Text>
        {shown}
        <Text inverse> </Text>
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

/** A one-line input: typing (and pasting) appends, Backspace deletes, Enter submits, Esc cancels. */
export function TextPrompt({ label, initial = '', width, onSubmit, onCancel, onQuit, isActive = true }: TextPromptProps) {
  const [value, setValue] = useState(initial);
  // Several keys can arrive in one input event; each must see the value the previous one left.
  const ref = useRef(initial);

  useKeys(
    (input, key) => {
      for (const ev of splitKeys(input, key)) {
        if (ev.name === 'Ctrl-C') return onQuit ? onQuit() : onCancel();
        const r = editLine(ref.current, ev);
        if (r.value !== ref.current) {
          ref.current = r.value;
          setValue(r.value);
        }
        // Whatever follows Enter/Esc in the same batch belongs to no one: the prompt is done.
        if (r.done === 'submit') return onSubmit(r.value);
        if (r.done === 'cancel') return onCancel();
      }
    },
    { isActive },
  );

  return <PromptLine label={label} value={value} width={width} />;
}
