import React from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { Text, useInput, type Key } from 'ink';
import { cleanupAct, press, renderAct } from './ink-act.js';
import { actionFor, actionsFor, GLOBAL_KEYS, KEYMAPS, splitKeys, type KeyEvent } from '../../src/ui/keymaps.js';
import { HelpScreen, helpLines } from '../../src/ui/HelpScreen.js';

const noKey: Key = {
  upArrow: false, downArrow: false, leftArrow: false, rightArrow: false, pageDown: false, pageUp: false,
  home: false, end: false, return: false, escape: false, ctrl: false, shift: false, tab: false,
  backspace: false, delete: false, meta: false, super: false, hyper: false, capsLock: false, numLock: false,
};
const k = (over: Partial<Key> = {}): Key => ({ ...noKey, ...over });
const names = (evs: KeyEvent[]) => evs.map((e) => e.name);

afterEach(cleanupAct);

describe('splitKeys', () => {
  it('turns a batch of typed keys into one event per key', () => {
    expect(names(splitKeys('jjj', k()))).toEqual(['j', 'j', 'j']);
    expect(names(splitKeys('j\r G', k()))).toEqual(['j', 'Enter', 'Space', 'G']);
    expect(splitKeys('a🐉', k()).map((e) => e.text)).toEqual(['a', '🐉']);
    expect(names(splitKeys('\x7f\t', k()))).toEqual(['Backspace', 'Tab']);
  });
  it('names special keys as the tables do', () => {
    expect(names(splitKeys('', k({ downArrow: true })))).toEqual(['↓']);
    expect(names(splitKeys('', k({ pageDown: true })))).toEqual(['PgDn']);
    expect(names(splitKeys('', k({ home: true })))).toEqual(['Home']);
    expect(names(splitKeys('', k({ return: true })))).toEqual(['Enter']);
    expect(names(splitKeys('', k({ escape: true, meta: true })))).toEqual(['Esc']);
    expect(names(splitKeys('', k({ delete: true })))).toEqual(['Backspace']);
    expect(names(splitKeys('c', k({ ctrl: true })))).toEqual(['Ctrl-C']);
    expect(names(splitKeys(' ', k()))).toEqual(['Space']);
    expect(names(splitKeys('G', k({ shift: true })))).toEqual(['G']);
  });
});

describe('actionFor', () => {
  it('maps reader keys', () => {
    expect(actionFor('reader', ' ', k())).toBe('nextPage');
    expect(actionFor('reader', '', k({ pageDown: true }))).toBe('nextPage');
    expect(actionFor('reader', '', k({ leftArrow: true }))).toBe('prevPage');
    expect(actionFor('reader', 'B', k({ shift: true }))).toBe('bookmarks');
    expect(actionFor('reader', 'b', k())).toBe('prevPage');
    expect(actionFor('reader', ']', k())).toBe('nextPart');
    expect(actionFor('reader', '', k({ end: true }))).toBe('partEnd');
    expect(actionFor('reader', '', k({ escape: true }))).toBe('back');
    expect(actionFor('reader', '=', k())).toBe('resetMeasure');
    expect(actionFor('reader', 'z', k())).toBeUndefined();
  });
  it('maps library keys, and Ctrl-C quits everywhere', () => {
    expect(actionFor('library', '', k({ return: true }))).toBe('open');
    expect(actionFor('library', 's', k())).toBe('sort');
    expect(actionFor('library', 'q', k())).toBe('quit');
    for (const screen of Object.keys(KEYMAPS) as (keyof typeof KEYMAPS)[]) {
      expect(actionFor(screen, 'c', k({ ctrl: true }))).toBe('quit');
    }
  });
  it('counts every key of a batch', () => {
    expect(actionsFor('reader', 'jjk', k())).toEqual(['lineDown', 'lineDown', 'lineUp']);
  });
  it('binds no key twice on one screen', () => {
    for (const [screen, table] of Object.entries(KEYMAPS)) {
      const all = [...table, ...GLOBAL_KEYS].flatMap((b) => b.keys);
      expect(new Set(all).size, screen).toBe(all.length);
    }
  });
});

describe('Ink 6 key parsing', () => {
  it('delivers the key names the tables use', async () => {
    const seen: string[] = [];
    function Probe() {
      useInput((input, key) => seen.push(...names(splitKeys(input, key))));
      return <Text>probe</Text>;
    }
    const { stdin } = renderAct(<Probe />);
    for (const seq of ['\x1b[6~', '\x1b[5~', '\x1b[H', '\x1b[F', '\x1b[A', '\x1b[C', '\r', '\x7f', ' ', 'jj', 'G']) {
      await press({ stdin }, seq);
    }
    expect(seen).toEqual(['PgDn', 'PgUp', 'Home', 'End', '↑', '→', 'Enter', 'Backspace', 'Space', 'j', 'j', 'G']);
  });
});

describe('HelpScreen', () => {
  it('is generated from the keymap table', () => {
    const lines = helpLines('reader').map((l) => l.text);
    expect(lines).toHaveLength(KEYMAPS.reader.length + GLOBAL_KEYS.length);
    for (const b of KEYMAPS.reader) expect(lines.some((l) => l.includes(b.keys.join(' ')) && l.includes(b.help))).toBe(true);
  });
  it('wraps a description too long for the window under itself, losing none of it', () => {
    const lines = helpLines('library', 80).map((l) => l.text);
    for (const l of lines) expect(l.length).toBeLessThanOrEqual(80);
    const text = lines.join(' ').replace(/\s+/g, ' ');
    for (const b of KEYMAPS.library) expect(text).toContain(b.help.replace(/\s+/g, ' '));
    expect(text).toContain('is:in-progress');
  });
  it('renders and scrolls the reader keys', async () => {
    let closed = false;
    const { lastFrame, stdin } = renderAct(<HelpScreen screen="reader" width={70} height={10} onClose={() => (closed = true)} />);
    expect(lastFrame()).toContain('Reader keys');
    expect(lastFrame()).toMatch(/Space f PgDn → l\s+Next page/);
    expect(lastFrame()).not.toContain('Back to the library');
    await press({ stdin }, 'G');
    expect(lastFrame()).toContain('Back to the library');
    expect(lastFrame()).toContain('Ctrl-C');
    await press({ stdin }, 'q');
    expect(closed).toBe(true);
  });
});
