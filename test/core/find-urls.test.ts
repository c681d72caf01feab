import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findUrls } from '../../src/core/find-urls.js';
import { loadWork } from '../../src/core/load-work.js';
import { identityKey } from '../../src/core/work-identity.js';

/** The regex findUrls replaces: the reference it must agree with. */
const URL_RE = /(?:https?:\/\/)?(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[^\s<>"'()\]]*)?/gi;
const viaRegex = (s: string): string[] => [...s.matchAll(URL_RE)].map((m) => m[0]);

const units = ['a', 'b', 'Z', 'h', 't', 'p', 's', 'H', 'T', 'P', 'S', '1', '-', '.', '.', '/', ':', ' ', '<', '"', ']', '(', '\u00a0', '\ufeff', '\u2000', 'é', '\n', 'K', '\u212a'];

describe('findUrls', () => {
  it('finds what the URL regex finds, on random strings of URL-ish characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 60 }), (s) => {
        expect(findUrls(s)).toEqual(viaRegex(s));
      }),
      { numRuns: 20000 },
    );
  });

  it('finds what the regex finds in real headers', () => {
    for (const s of [
      'Story URL: https://www.archiveofourown.org/works/123/chapters/456?view_adult=true#main',
      'see xhttp://foo.com and https://a.b.cc/d(e) or hhttp://x.io, foo.co1x.y, a.b.c, 1.2.3.4, x.http://y.z',
      'HTTPS://Example.ORG/Stories/Ferry/?page=2 <http://fanfiction.net/s/4567/3/The-Ferry>',
    ]) expect(findUrls(s)).toEqual(viaRegex(s));
    expect(findUrls('a.com b.org c.net', 2)).toEqual(['a.com', 'b.org']);
  });

  it('takes linear time on a 300,000-character line with no spaces or dots', () => {
    for (const s of ['x'.repeat(300_000), 'a.'.repeat(150_000), 'http:'.repeat(60_000)]) {
      const t0 = performance.now();
      expect(findUrls(s)).toEqual([]);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describe('indexing a 300,000-character line with no spaces', () => {
  // It took 81 s (the URL regex over the header); the test times out long before that.
  for (const [name, text] of [
    ['front matter', `Title: T\nAuthor: A\n\n${'x'.repeat(300_000)}\n\nChapter 1\n\nSome text.\n\nChapter 2\n\nMore text.\n`],
    ['a header field', `Title: T\nSummary: ${'x'.repeat(300_000)}\n\nChapter 1\n\nSome text.\n`],
    ['a chapter', `Title: T\nAuthor: A\n\nChapter 1\n\n${'x'.repeat(300_000)}\n\nChapter 2\n\nMore text.\n`],
    ['a whole file', 'x'.repeat(300_000)],
  ] as const) {
    it(`in ${name}`, () => {
      const work = loadWork({ id: 'long', path: 'long.txt', files: [{ name: 'long.txt', bytes: new TextEncoder().encode(text) }], mtimeMs: 0 });
      expect(work.words).toBeGreaterThan(0);
      expect(identityKey(work)).toMatch(/^(?:ta|open|path):/);
    });
  }
});
