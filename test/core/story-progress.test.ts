import { describe, expect, it } from 'vitest';
import { storyProgress, wordsLeft, wordsLeftInSection } from '../../src/core/story-progress.js';
import { makeWork } from './fixtures.js';

// front (4 words), two parts (4 and 8 words), back matter (a licence: 6 words)
const w = makeWork([
  { kind: 'front', text: 'title page and notes\n' },
  { kind: 'part', title: 'One', text: 'one two three four\n' },
  { kind: 'part', title: 'Two', text: 'five six seven eight nine ten eleven twelve\n' },
  { kind: 'back', text: 'licence words that never count here\n' },
]);

describe('progress through the story', () => {
  it('counts the parts only: front matter is 0%, the parts share 100%', () => {
    expect(storyProgress(w, { section: 0, offset: 5 })).toBe(0);
    expect(storyProgress(w, { section: 2, offset: 0 })).toBeCloseTo(4 / 12);
    const mid = (w.sections[2].end - w.sections[2].start) / 2;
    expect(storyProgress(w, { section: 2, offset: mid })).toBeCloseTo(8 / 12);
  });

  it('is 100% on the last page of the last part and in the back matter, so a finished book says so', () => {
    expect(storyProgress(w, { section: 2, offset: 3 }, true)).toBe(1);
    expect(storyProgress(w, { section: 3, offset: 0 })).toBe(1);
    expect(wordsLeft(w, { section: 3, offset: 0 })).toBe(0);
  });

  it('words left in the part shrink as you read, and are 0 once its end is on screen', () => {
    expect(wordsLeftInSection(w, { section: 2, offset: 0 })).toBe(8);
    expect(wordsLeftInSection(w, { section: 2, offset: 0 }, true)).toBe(0);
  });
});
