import { describe, expect, it } from 'vitest';
import { loadWork } from '../../src/core/load-work.js';
import { identityKey, mergeDuplicates, normalizeUrl, storageId, type IdentifiedWork } from '../../src/core/work-identity.js';
import { idFromPath } from '../../src/core/work-id.js';
import type { LoadedWork } from '../../src/core/types.js';

const load = (text: string, path = 'story.txt', mtimeMs = 0): LoadedWork =>
  loadWork({ id: idFromPath(path), path, files: [{ name: path, bytes: Buffer.from(text) }], mtimeMs });

const prose = (tag: string, n = 3): string =>
  Array.from({ length: n }, (_, i) => `${tag} walked the length of the pier for the ${i + 1}th time, counting gulls and pretending not to wait for the ferry.`).join('\n\n');
const chapters = (n: number, tag = 'Mara'): string =>
  Array.from({ length: n }, (_, i) => `Chapter ${i + 1}\n\n${prose(`${tag}${i}`)}\n`).join('\n\n');
const header = (fields: string): string => `The Ferry\n\nby Sal Quinn\n\n${fields}\n\n\n`;

describe('a work is known by its own text', () => {
  it('the AO3 story URL in the header, whatever chapter or query it points at', () => {
    const w = load(header('Rating: T\nStory URL: https://www.archiveofourown.org/works/123/chapters/456?view_adult=true#main') + chapters(2));
    expect(identityKey(w)).toBe('url:archiveofourown.org/works/123');
    expect(storageId(identityKey(w))).toBe('ao3-123');
  });

  it('an ffnet URL with chapter and slug, from the desktop or the mobile site', () => {
    expect(normalizeUrl('https://www.fanfiction.net/s/4567/3/The-Ferry')).toBe('fanfiction.net/s/4567');
    expect(normalizeUrl('http://m.fanfiction.net/s/4567/1/')).toBe('fanfiction.net/s/4567');
    expect(normalizeUrl('HTTPS://Example.ORG/Stories/Ferry/?page=2')).toBe('example.org/Stories/Ferry');
    expect(storageId('url:fanfiction.net/s/4567')).toBe('ffnet-4567');
    const w = load(header('Source: fanfiction.net/s/4567/12/The-Ferry') + chapters(2));
    expect(storageId(identityKey(w))).toBe('ffnet-4567');
  });

  it("AO3's own download line in the front matter identifies the work", () => {
    const w = load('The Ferry\nPosted originally on the Archive of Our Own at https://archiveofourown.org/works/98765.\n\nRating:\n    General Audiences\n\n' + chapters(2));
    expect(identityKey(w)).toBe('url:archiveofourown.org/works/98765');
  });

  it("an author's tumblr link is not the story's URL: title and author are used", () => {
    const w = load(header('Tumblr: https://salquinn.tumblr.com\nRating: T') + chapters(2));
    expect(identityKey(w)).toBe('ta:the ferry|sal quinn');
    const id = storageId(identityKey(w));
    expect(id).toMatch(/^the-ferry-[0-9a-f]{8}$/);
  });

  it('a file named after its title keeps its identity when renamed', () => {
    const text = header('Rating: T') + chapters(2);
    expect(identityKey(load(text, 'The Ferry.txt'))).toBe('ta:the ferry|sal quinn');
    expect(identityKey(load(text, 'The Ferry (2).txt'))).toBe('ta:the ferry|sal quinn');
  });

  it('with no header, the opening prose: a renamed, longer download is the same work, another story is not', () => {
    const v1 = load(prose('Mara', 6), 'ferry.txt');
    const v2 = load(`Chapter 1\n\n${prose('Mara', 6)}\n\nChapter 2\n\n${prose('Juno', 4)}\n`, 'The Ferry (updated).txt');
    const other = load(prose('Juno', 6), 'ferry.txt');
    expect(identityKey(v1)).toMatch(/^open:[0-9a-f]{8}$/);
    expect(identityKey(v2)).toBe(identityKey(v1));
    expect(identityKey(other)).not.toBe(identityKey(v1));
    expect(storageId(identityKey(v1))).toBe(`open-${identityKey(v1).slice(5)}`);
  });

  it('a title stated without an author is not enough; a nearly empty file falls back to its path', () => {
    const titled = load(`Title: The Ferry\n\n${prose('Mara', 3)}`, 'a.txt');
    expect(identityKey(titled)).toMatch(/^open:/);
    const tiny = load('Notes.\n', 'drafts/notes.txt');
    expect(identityKey(tiny)).toBe('path:drafts/notes.txt');
    // Same id as before identities existed, so old saved positions are found.
    expect(storageId(identityKey(tiny))).toBe('drafts-notes');
  });

  it('storage ids never contain dots, whatever the key', () => {
    for (const key of ['url:example.org/s/1.2', 'ta:mr. & mrs. smith|j.k. doe', 'path:a.b/c.d.txt', 'weird']) {
      expect(storageId(key)).not.toContain('.');
      expect(storageId(key)).toMatch(/^[\p{L}\p{N}-]+$/u);
    }
    expect(storageId('url:example.org/s/1')).not.toBe(storageId('url:example.org/s-1'));
  });
});

describe('an old and a new download side by side are one work', () => {
  const summary = (path: string, identity: string, parts: number, words: number, mtimeMs: number): IdentifiedWork => ({
    id: idFromPath(path), title: 'The Ferry', author: null, path, words, meta: {}, bytes: words * 6, mtimeMs, identity, key: identity, status: 'unknown', partHashes: [],
    parts: Array.from({ length: parts }, (_, i) => ({ title: `Chapter ${i + 1}`, subtitle: null, words: words / parts })),
  });

  it('reads the version with more parts, then more words, then the later file; the others are noted', () => {
    const old = summary('ferry.txt', 'url:a/1', 10, 50000, 300);
    const longer = summary('ferry (1).txt', 'url:a/1', 12, 60000, 100);
    const other = summary('other.txt', 'url:b/2', 3, 900, 0);
    expect(mergeDuplicates([old, other, longer])).toEqual([{ work: longer, older: [old] }, { work: other, older: [] }]);
    const sameParts = summary('ferry-edited.txt', 'url:a/1', 10, 50100, 0);
    expect(mergeDuplicates([old, sameParts])[0].work).toBe(sameParts);
    const touched = summary('ferry-copy.txt', 'url:a/1', 10, 50000, 900);
    expect(mergeDuplicates([old, touched])[0]).toEqual({ work: touched, older: [old] });
  });

  it('real files: a renamed longer download merges with the old one', () => {
    const v1 = load(header('Story URL: https://archiveofourown.org/works/5') + chapters(2), 'ferry.txt', 1);
    const v2 = load(header('Story URL: https://archiveofourown.org/works/5/chapters/9') + chapters(3), 'Ferry, The.txt', 2);
    const list = [v1, v2].map((w) => ({ ...w, identity: identityKey(w) }));
    const merged = mergeDuplicates(list);
    expect(merged).toHaveLength(1);
    expect(merged[0].work.path).toBe('Ferry, The.txt');
    expect(merged[0].older.map((w) => w.path)).toEqual(['ferry.txt']);
  });
});
