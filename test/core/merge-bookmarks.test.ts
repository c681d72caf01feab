import { describe, expect, it } from 'vitest';
import { mergeBookmarks } from '../../src/core/merge-bookmarks.js';
import type { Bookmark } from '../../src/core/types.js';

const bm = (id: string, offset: number, note = ''): Bookmark => ({ id, section: 1, offset, snippet: '', note, createdAt: offset });

describe('mergeBookmarks: two windows saving one work’s bookmarks', () => {
  it('keeps what the other window added, and applies only this window’s adds, edits and deletes', () => {
    const base = [bm('a', 1), bm('b', 2), bm('c', 3)];
    // The other window meanwhile added x and edited c's note.
    const disk = [bm('a', 1), bm('b', 2), bm('c', 3, 'theirs'), bm('x', 9)];
    // This window deleted a, edited b, added y.
    const ours = [bm('b', 2, 'mine'), bm('c', 3), bm('y', 5)];
    expect(mergeBookmarks(disk, base, ours)).toEqual([bm('b', 2, 'mine'), bm('c', 3, 'theirs'), bm('y', 5), bm('x', 9)]);
  });

  it('a window that never read the list replaces it', () => {
    expect(mergeBookmarks([bm('x', 9)], undefined, [bm('y', 5)])).toEqual([bm('y', 5)]);
  });
});
