import { describe, expect, it } from 'vitest';
import { colorEnabled, makeTheme } from '../../src/ui/theme.js';

describe('theme', () => {
  it('uses no colour at all when NO_COLOR is set', () => {
    expect(colorEnabled({ NO_COLOR: '1' })).toBe(false);
    expect(Object.values(makeTheme({ NO_COLOR: '1' })).every((c) => c === undefined)).toBe(true);
  });
  it('uses a few colours otherwise (an empty NO_COLOR does not count)', () => {
    expect(colorEnabled({})).toBe(true);
    expect(colorEnabled({ NO_COLOR: '' })).toBe(true);
    expect(makeTheme({}).accent).toBeDefined();
  });
});
