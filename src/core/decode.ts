/**
 * Bytes to text. Pure: no fs. Handles UTF-8 (with or without BOM), UTF-16
 * LE/BE with BOM, GBK/GB18030 for Chinese text that is not UTF-8, and
 * Windows-1252 for everything else that is not valid UTF-8.
 */
import { sequenceLength } from './utf8-bytes.js';

/** The encoding a buffer was decoded with, as a WHATWG label. */
export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'windows-1252';

/** Result of {@link decodeBytes}. */
export interface Decoded {
  text: string;
  encoding: Encoding;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes a file's bytes. The BOM (if any) is not part of the returned text.
 * Invalid UTF-8 is never decoded lossily as UTF-8: a UTF-8 file with a few
 * stray legacy bytes (a pasted Windows quote) keeps its UTF-8 and reads those
 * bytes as Windows-1252; otherwise it is GB18030 when it looks like Chinese
 * double-byte text, else Windows-1252 (where 0x85 is an ellipsis).
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  }
  try {
    return { text: strictUtf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // not UTF-8: fall through to the legacy single- or double-byte guesses
  }
  const mixed = mostlyUtf8(bytes);
  if (mixed) return { text: mixed, encoding: 'utf-8' };
  if (looksLikeGbk(bytes)) {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
  return { text: decodeWindows1252(bytes), encoding: 'windows-1252' };
}

/**
 * Windows-1252 for 0x80-0x9F (Node 20's TextDecoder('windows-1252') decodes
 * these as Latin-1 C1 controls, which would turn 0x85 into NEL and lose curly
 * quotes). The five bytes the code page leaves undefined stay as U+FFFD.
 */
const CP1252_HIGH =
  '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

/** Decodes Windows-1252 bytes exactly as the code page defines them. */
export function decodeWindows1252(bytes: Uint8Array): string {
  return latin1.decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
}

const latin1 = new TextDecoder('latin1');

/**
 * GBK text is mostly pairs of bytes 0x81-0xFE followed by 0x40-0xFE (not 0x7F).
 * Western legacy text has high bytes mostly alone (é, ’, …) between ASCII letters.
 * We call it GBK when high bytes are common and nearly all of them pair up.
 */
export function looksLikeGbk(bytes: Uint8Array): boolean {
  const limit = Math.min(bytes.length, 1 << 16);
  let high = 0;
  let paired = 0;
  let lone = 0;
  let common = 0;
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    const next = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && next !== undefined && next >= 0x40 && next <= 0xfe && next !== 0x7f) {
      paired++;
      // GB2312's characters (the common ones) have both bytes in A1–FE; Western text rarely has two high bytes in a row.
      if (b >= 0xa1 && next >= 0xa1) common++;
      i++;
    } else {
      lone++;
    }
  }
  // A short file (a line or two of Chinese) has too few bytes to judge by density: every high byte must pair up as common Chinese.
  if (high < 8) return lone === 0 && paired >= 2 && common === paired;
  // Chinese prose is dense in double-byte characters; allow a little noise.
  return lone <= paired * 0.05 && paired * 2 > limit * 0.1;
}

/**
 * The text of a file that is UTF-8 but for a few stray bytes, each read as
 * Windows-1252; null when the file is not mostly UTF-8. Legacy single-byte
 * text almost never forms valid multi-byte UTF-8 sequences by chance, so
 * "mostly" is: at least two of them per stray byte. A character cut off at
 * the very end is not a stray byte (a download that stopped mid-character).
 */
export function mostlyUtf8(bytes: Uint8Array): string | null {
  let valid = 0;
  const stray: number[] = [];
  // A download cut off inside a character leaves the start of a sequence at the very end: that is not legacy text.
  const cut = cutTail(bytes);
  const end = bytes.length - cut;
  for (let i = 0; i < end; i++) {
    if (bytes[i] < 0x80) continue;
    const n = sequenceLength(bytes, i, end);
    if (n) {
      valid++;
      i += n - 1;
    } else {
      stray.push(i);
      if (stray.length > 256 && stray.length > valid) return null; // clearly legacy text: stop early
    }
  }
  // Chinese GBK text forms valid UTF-8 pairs by chance too, but about one for four stray bytes.
  if (stray.length > 0 ? valid < 2 * stray.length : cut === 0) return null;
  // Pieces are decoded one by one: only a BOM at the very start is dropped, not one that starts a later piece.
  const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });
  let out = '';
  let from = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (const i of stray) {
    out += utf8.decode(bytes.subarray(from, i)) + decodeWindows1252(bytes.subarray(i, i + 1));
    from = i + 1;
  }
  // The cut-off character, if any, becomes one U+FFFD (the decoder's own reading of it).
  return out + utf8.decode(bytes.subarray(from));
}

/** How many bytes at the end are the start of a UTF-8 sequence that the file ends inside of (0 when none). */
function cutTail(bytes: Uint8Array): number {
  for (let k = 1; k <= 3 && k <= bytes.length; k++) {
    const b = bytes[bytes.length - k];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back for its lead
    const need = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    return need > k ? k : 0;
  }
  return 0;
}
