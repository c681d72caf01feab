/**
 * Bytes to text. Pure: no fs. Handles UTF-8 (with or without BOM), UTF-16
 * LE/BE with BOM, GBK/GB18030 for Chinese text that is not UTF-8, and
 * Windows-1252 for everything else that is not valid UTF-8.
 */

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
 * Invalid UTF-8 is never decoded lossily as UTF-8: it is GB18030 when it looks
 * like Chinese double-byte text, else Windows-1252 (where 0x85 is an ellipsis).
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
  for (let i = 0; i < limit; i++) {
    const b = bytes[i];
    if (b < 0x80) continue;
    high++;
    const next = bytes[i + 1];
    if (b >= 0x81 && b <= 0xfe && next !== undefined && next >= 0x40 && next <= 0xfe && next !== 0x7f) {
      paired++;
      i++;
    } else {
      lone++;
    }
  }
  if (high < 8) return false;
  // Chinese prose is dense in double-byte characters; allow a little noise.
  return lone <= paired * 0.05 && paired * 2 > limit * 0.1;
}
