import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/core/decode.js';
import { isBlankLine, normalizeText, stripControls } from '../../src/core/normalize.js';

const utf16le = (s: string) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string) => {
  const le = Buffer.from(s, 'utf16le');
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
};

describe('decodeBytes', () => {
  it('reads UTF-8 with and without a BOM, and the BOM is not text', () => {
    expect(decodeBytes(Buffer.from('Café “quoted”')).text).toBe('Café “quoted”');
    const withBom = decodeBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Chapter 1')]));
    expect(withBom.text).toBe('Chapter 1');
    expect(withBom.encoding).toBe('utf-8');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    expect(decodeBytes(utf16le('Chapter 1 — “hi” 你好')).text).toBe('Chapter 1 — “hi” 你好');
    expect(decodeBytes(utf16be('Chapter 2 — ok')).text).toBe('Chapter 2 — ok');
  });

  it('reads invalid UTF-8 as Windows-1252, where 0x85 is an ellipsis and not a line break', () => {
    const bytes = Buffer.from([0x93, 0x57, 0x61, 0x69, 0x74, 0x85, 0x94, 0x20, 0x97, 0x20, 0x63, 0x61, 0x66, 0xe9]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('windows-1252');
    expect(r.text).toBe('“Wait…” — café');
    expect(normalizeText(r.text).split('\n')).toHaveLength(1);
  });

  it('keeps a UTF-8 file UTF-8 when one stray Windows byte is in it', () => {
    const utf8 = Buffer.from('\uFEFFShe said “wait” at the café — then left.\n'.repeat(20));
    const bytes = Buffer.concat([utf8, Buffer.from([0x49, 0x92, 0x6d, 0x20, 0x62, 0x61, 0x63, 0x6b, 0x0a])]);
    const r = decodeBytes(bytes);
    expect(r.encoding).toBe('utf-8');
    expect(r.text.startsWith('She said “wait” at the café — then left.')).toBe(true);
    expect(r.text.endsWith('I’m back\n')).toBe(true);
  });

  it('keeps a short UTF-8 file UTF-8 with one stray Windows byte, and a download cut off mid-character', () => {
    const stray = Buffer.concat([Buffer.from('Title: Quotes\n\nShe said “hello” and left'), Buffer.from([0x92]), Buffer.from('s.\n')]);
    expect(decodeBytes(stray)).toEqual({ encoding: 'utf-8', text: 'Title: Quotes\n\nShe said “hello” and left’s.\n' });
    const cut = Buffer.from('She went to the café').subarray(0, -1);
    expect(decodeBytes(cut)).toEqual({ encoding: 'utf-8', text: 'She went to the caf\ufffd' });
    const cutQuote = Buffer.from('“Wait,” she said. “Don’t').subarray(0, -2);
    expect(decodeBytes(cutQuote).text).toBe('“Wait,” she said. “Don\ufffd');
  });

  it('reads GBK Chinese that is not UTF-8', () => {
    // "第一回　甄士隐梦幻识通灵" in GBK
    const gbk = Buffer.from('b5dad2bbbbd8a1a1d5e7cabfd2fec3cebbc3cab6cda8c1e9', 'hex');
    const line = Buffer.concat(Array.from({ length: 4 }, () => Buffer.concat([gbk, Buffer.from('\n')])));
    const r = decodeBytes(line);
    expect(r.encoding).toBe('gb18030');
    expect(r.text.split('\n')[0]).toBe('第一回　甄士隐梦幻识通灵');
  });

  it('reads a very short GBK file (a title and a word) as Chinese, and short accented text as Western', () => {
    // "你好" then "第一回" in GBK
    const short = Buffer.from('c4e3bac30ab5dad2bbbbd80a', 'hex');
    expect(decodeBytes(short).text).toBe('你好\n第一回\n');
    for (const w of ['résumé', 'naïve café', 'Ångström', 'Ça ira']) expect(decodeBytes(Buffer.from(w, 'latin1')).text).toBe(w);
    // Windows-1252 curly quotes (0x93, 0x94) around a word
    expect(decodeBytes(Buffer.from('934f75692c9420646974', 'hex')).text).toBe('“Oui,” dit');
  });

  it('does not mistake accented Western text for GBK', () => {
    const latin1 = Buffer.from('Der Käfer lag auf dem Rücken. Gregor Samsa erwachte aus unruhigen Träumen, ß.', 'latin1');
    expect(decodeBytes(latin1).text).toContain('Käfer');
  });
});

describe('normalizeText', () => {
  it('turns CRLF and CR into LF', () => {
    expect(normalizeText('a\r\nb\rc\nd')).toBe('a\nb\nc\nd');
  });

  it('removes escape sequences, bells, C1 controls and bidi overrides but keeps tabs and text', () => {
    const dirty = 'He\u001b[2Jllo\u0007 \u009b31m wor\u202eld\u2066!\tend\u0000';
    const clean = stripControls(dirty);
    // Whole sequences go, so no `[2J` debris is left in the story.
    expect(clean).toBe('Hello  world!\tend');
    expect(clean).not.toMatch(/[\u001b\u0007\u009b\u202e\u0000]/);
  });

  it('drops invisible format characters but keeps the joiners a word or an emoji needs', () => {
    const clean = normalizeText('zero\u200bwidth \u061cmark line\u2028sep \u200dstray\u200c a\u200cb 👩\u200d👩\u200d👧');
    expect(clean).toBe('zerowidth mark line\nsep stray a\u200cb 👩\u200d👩\u200d👧');
  });

  it('treats lines of spaces, no-break spaces or ideographic spaces as blank', () => {
    expect(isBlankLine('\u00a0')).toBe(true);
    expect(isBlankLine('  \u3000 ')).toBe(true);
    expect(isBlankLine(' a ')).toBe(false);
  });
});
