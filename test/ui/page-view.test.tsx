import React from 'react';
import { Box, Text } from 'ink';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanupAct, renderAct } from './ink-act.js';
import { PageView } from '../../src/ui/PageView.js';
import type { Line } from '../../src/core/layout.js';

afterEach(cleanupAct);

const source = 'Chapter 3\n\nShe walked home in the rain.';
const lines: Line[] = [
  { text: 'Chapter 3', start: 0, end: 9, kind: 'heading', align: 'center' },
  { text: '', start: 9, end: 9, kind: 'blank', align: 'left' },
  { text: 'She walked home in the rain.', start: 11, end: 39, kind: 'paragraph', align: 'left' },
];

/** The page above a status line, as the reader draws it. */
function page(height: number, highlight?: { start: number; end: number }) {
  return renderAct(
    <Box flexDirection="column" width={40}>
      <PageView lines={lines} text={source} textWidth={30} columns={40} height={height} highlight={highlight} />
      <Text>status</Text>
    </Box>,
  );
}

describe('PageView', () => {
  it('draws exactly `height` rows, so a short last page keeps the status line at the bottom', () => {
    const rows = page(6).lastFrame()!.split('\n');
    expect(rows).toHaveLength(7);
    expect(rows[6]).toBe('status');
    expect(rows.slice(3, 6).every((r) => r.trim() === '')).toBe(true);
  });

  it('centres the heading over the text block, which is centred in the window, and keeps the words in order', () => {
    const rows = page(4).lastFrame()!.split('\n');
    // 5 columns of margin each side of the 30-column block; the heading is centred within it.
    expect(rows[0]).toBe(`${' '.repeat(5 + 10)}Chapter 3`);
    expect(rows[1].trim()).toBe('');
    expect(rows[2]).toBe(`${' '.repeat(5)}She walked home in the rain.`);
  });

  it('shows a search match in place, the line reading as before', () => {
    const rows = page(4, { start: 27, end: 31 }).lastFrame()!.split('\n');
    expect(rows[2]).toBe(`${' '.repeat(5)}She walked home in the rain.`);
    expect(rows).toHaveLength(5);
  });
});
