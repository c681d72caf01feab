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
  return { text: new TextDecoder('windows-1252').decode(bytes), encoding: 'windows-1252' };
}

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
  return paired * 2 >= high * 0.9 && lone <= paired * 0.05 && paired * 2 > limit * 0.1;
}
