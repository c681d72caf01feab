/**
 * The bundle (scripts/esbuild-options.mjs) wraps string-width and builds its
 * emoji pattern lazily: the shipped code must measure text exactly as
 * string-width does, or columns and Ink's layout would drift.
 */
import { describe, expect, it } from 'vitest';
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import stringWidth from 'string-width';
import { bundleOptions } from '../../scripts/esbuild-options.mjs';

const samples = ['', 'plain', '▸ Ashes after Compass  —  7m', 'Café · naïve …', '三体：地球往事', '🐉 Dragon Tales 🐉', '👨‍👩‍👧', 'e\u0301', '#\u20e3', '\x1b[1mbold\x1b[22m', 'soft\u00adhyphen', '©\ufe0f', '한국어', '⌚ ☕ ✅ ⭐ ⭕', '❤\ufe0f ☝🏻 ‼\ufe0f 〽\ufe0f', '❤\u200d🔥', 'Zoë’s façade — déjà vu', 'Ελληνικά Кириллица'];

describe('string-width as bundled', () => {
  it('measures every kind of text as string-width does (Ink and the library columns alike)', async () => {
    const entry = `import w from 'string-width'; import wrap from 'wrap-ansi'; export const widths = (xs) => xs.map((s) => w(s)); export const wrapped = (s) => wrap(s, 6, { hard: true });`;
    const dir = mkdtempSync(join(tmpdir(), 'fic-bundle-'));
    const outfile = join(dir, 'width.mjs');
    await build({ ...bundleOptions, stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, outfile });
    const mod = (await import(pathToFileURL(outfile).href)) as { widths(xs: string[]): number[]; wrapped(s: string): string };
    rmSync(dir, { recursive: true, force: true });
    expect(mod.widths(samples)).toEqual(samples.map((s) => stringWidth(s)));
    expect(mod.widths(['🐉'])).toEqual([2]);
    expect(mod.wrapped('三体地球往事 — ok')).toBe('三体地\n球往事\n— ok');
  });

  it('tokenises frame lines as Ink’s tokenizer does, plain lines without a segmenter', async () => {
    const entry = `import { tokenize } from '@alcalzone/ansi-tokenize'; export { tokenize }; export const seg = (s) => [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(s)].map((x) => x.segment);`;
    const dir = mkdtempSync(join(tmpdir(), 'fic-bundle-'));
    const outfile = join(dir, 'tokenize.mjs');
    await build({ ...bundleOptions, stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' }, outfile });
    const mod = (await import(pathToFileURL(outfile).href)) as { tokenize(s: string, end?: number): unknown[]; seg(s: string): string[] };
    rmSync(dir, { recursive: true, force: true });
    const { tokenize } = await import('@alcalzone/ansi-tokenize');
    const lines = [...samples, '\x1b[7m▸ Ashes after Compass\x1b[27m  —  7m', '\x1b]8;;https://x.test\x07link\x1b]8;;\x07', 'a\r\nb', 'x\u0301y'];
    for (const s of lines) expect(mod.tokenize(s), JSON.stringify(s)).toEqual(tokenize(s));
    expect(mod.tokenize('\x1b[1mbold\x1b[22m plain', 5)).toEqual(tokenize('\x1b[1mbold\x1b[22m plain', 5));
    // The injected Intl.Segmenter (made on first use) cuts as the real one does.
    expect(mod.seg('e\u0301👨‍👩‍👧ab')).toEqual(['e\u0301', '👨‍👩‍👧', 'a', 'b']);
  });
});
