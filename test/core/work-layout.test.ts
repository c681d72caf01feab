import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadWork } from '../../src/core/load-work.js';
import { fromLayout } from '../../src/core/work-layout.js';

const sample = readFileSync(new URL('../../library/000_55ebb60814069135.txt', import.meta.url));
const load = (bytes: Uint8Array) => loadWork({ id: 's', path: 's.txt', files: [{ name: 's.txt', bytes }], mtimeMs: 0 });

describe('reopening from the cached layout', () => {
  it('gives the same text and parts as a full load, without detecting structure again', () => {
    const full = load(sample);
    const fast = fromLayout(full, full.layout!, sample);
    expect(fast?.text).toBe(full.text);
    expect(fast?.sections).toEqual(full.sections);
    expect(fast?.hardWrapped).toBe(full.hardWrapped);
  });

  it('refuses a file that no longer fits the layout, so it is loaded afresh', () => {
    const full = load(sample);
    const longer = Buffer.concat([sample, Buffer.from('\nOne more line at the end.\n')]);
    expect(fromLayout(full, full.layout!, longer)).toBeNull();
  });
});
