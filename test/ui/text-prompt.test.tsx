import React from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanupAct, press, renderAct } from './ink-act.js';
import { TextPrompt } from '../../src/ui/TextPrompt.js';

afterEach(cleanupAct);

function setup(initial?: string) {
  const onSubmit = vi.fn();
  const onCancel = vi.fn();
  const r = renderAct(<TextPrompt label="/" initial={initial} width={50} onSubmit={onSubmit} onCancel={onCancel} />);
  const type = async (s: string) => {
    await press(r, s);
  };
  return { ...r, type, onSubmit, onCancel, frame: () => r.lastFrame() ?? '' };
}

describe('TextPrompt', () => {
  it('shows what is typed, fast typing and paste included, and submits it on Enter', async () => {
    const p = setup();
    await p.type('r');
    await p.type('ain');
    await p.type(' on glass');
    expect(p.frame()).toContain('/rain on glass');
    await p.type('\r');
    expect(p.onSubmit).toHaveBeenCalledWith('rain on glass');
    expect(p.onCancel).not.toHaveBeenCalled();
  });

  it('Backspace deletes the last character', async () => {
    const p = setup('cats');
    expect(p.frame()).toContain('/cats');
    await p.type('\x7f');
    expect(p.frame()).toContain('/cat');
    expect(p.frame()).not.toContain('/cats');
    await p.type('\r');
    expect(p.onSubmit).toHaveBeenCalledWith('cat');
  });

  it('Esc cancels without submitting', async () => {
    const p = setup('draft');
    await p.type('\x1b');
    expect(p.onCancel).toHaveBeenCalledTimes(1);
    expect(p.onSubmit).not.toHaveBeenCalled();
  });

  it('never inserts control characters', async () => {
    const p = setup();
    await p.type('a\x07b\x0f');
    await p.type('\r');
    expect(p.onSubmit).toHaveBeenCalledWith('ab');
  });

  it('moves the cursor with the arrow keys to fix a typo before the end', async () => {
    const p = setup();
    await p.type('abc');
    await p.type('\x1b[D');
    await p.type('\x1b[D');
    await p.type('Z');
    await p.type('\r');
    expect(p.onSubmit).toHaveBeenCalledWith('aZbc');
  });

  it('keeps the end of a long entry in sight within the width', async () => {
    const p = setup();
    await p.type('the quick brown fox jumps over the lazy dog and keeps running far away');
    const line = p.frame().split('\n')[0];
    expect(line).toContain('far away');
    expect(line.length).toBeLessThanOrEqual(50);
  });
});
