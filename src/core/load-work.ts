/**
 * Bytes to a LoadedWork. Pure: the caller reads the files (see src/io/).
 */
import { decodeBytes } from './decode.js';
import { detectStructure, detectStructureHashed } from './detect-structure.js';
import { normalizeText } from './normalize.js';
import { countWords } from './count-words.js';
import { titleFromPath } from './work-id.js';
import type { LoadedWork, Section, Structure, TextSource } from './types.js';
import { identityKey, storageId } from './work-identity.js';
import { detectStatus } from './work-status.js';
import { fingerprintWork } from './fingerprint.js';
import { layoutOf } from './work-layout.js';

/** One file of a work: its name (for folder works, the chapter file name) and bytes. */
export interface SourceFile {
  name: string;
  bytes: Uint8Array;
}

/** What the caller knows about a work before decoding it. */
export interface WorkSource {
  id: string;
  /** Library-relative path of the file or folder. */
  path: string;
  /** One file for a single-file work; a folder's chapter files in natural order. */
  files: SourceFile[];
  mtimeMs: number;
}

/**
 * Why a file cannot be a work, or null when it can. Binary files are caught by
 * NUL bytes, which no text encoding we read produces outside UTF-16.
 */
export function rejectReason(bytes: Uint8Array): string | null {
  if (bytes.length === 0) return 'empty file';
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (onlyBlank(bytes, utf16)) return 'empty file (only blank space)';
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return 'binary file (not text)';
  return null;
}

/** True when the bytes are nothing but a BOM, spaces, tabs and line breaks (UTF-8, or UTF-16 after its BOM). */
function onlyBlank(bytes: Uint8Array, utf16: boolean): boolean {
  const from = utf16 ? 2 : bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  for (let i = from; i < bytes.length; i++) {
    const b = bytes[i];
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0x0c || (utf16 && b === 0)) continue;
    return false;
  }
  return true;
}

/** Decodes and structures a work. Throws only on a programming error, never on odd text. */
export function loadWork(source: WorkSource): LoadedWork {
  const { text, structure, partHashes } =
    source.files.length === 1 ? single(source.files[0]) : folder(source.files);
  const work = assembleWork(source, text, structure, partHashes);
  work.partHashes = partHashes ?? fingerprintWork(work).parts.map((p) => p.hash);
  return work;
}

/**
 * A work from its structure and its text (a string, or the byte path's view
 * of one: see load-summary.ts). A folder's part hashes are left for the
 * caller to compute from the whole text.
 */
export function assembleWork<T extends TextSource>(
  source: WorkSource,
  text: T,
  structure: Structure,
  partHashes: string[] | undefined,
): Omit<LoadedWork, 'text'> & { text: T } {
  const bytes = source.files.reduce((n, f) => n + f.bytes.length, 0);
  const parts = structure.sections.filter((s) => s.kind === 'part');
  const work = {
    id: source.id,
    title: structure.title ?? titleFromPath(source.path),
    author: structure.author,
    path: source.path,
    // A work's length is its story: front matter and licences do not count.
    words: parts.reduce((n, s) => n + s.words, 0),
    parts: parts.map((s) => ({ title: s.title, subtitle: s.subtitle, words: s.words, group: s.group })),
    meta: structure.meta,
    bytes,
    mtimeMs: source.mtimeMs,
    text,
    sections: structure.sections,
    hardWrapped: structure.hardWrapped,
    identity: '',
    key: '',
    status: 'unknown' as LoadedWork['status'],
    partHashes: partHashes ?? [],
    layout: undefined as LoadedWork['layout'],
  };
  // Identity and status are read from the text itself, so they are filled in last.
  work.identity = identityKey(work);
  work.key = storageId(work.identity);
  work.status = detectStatus(work);
  if (source.files.length === 1) work.layout = layoutOf(work);
  else delete work.layout;
  return work;
}

function single(file: SourceFile): { text: string; structure: Structure; partHashes: string[] } {
  const text = normalizeText(decodeBytes(file.bytes).text);
  const { structure, partHashes } = detectStructureHashed(text, true);
  return { text, structure, partHashes };
}

/**
 * A folder work: each file is one part, whatever headings it has inside
 * (its first heading names the part, else the file name does). The header
 * of the first file gives the work's title, author and meta.
 */
function folder(files: SourceFile[]): { text: string; structure: Structure; partHashes?: undefined } {
  const sections: Section[] = [];
  let text = '';
  let first: Structure | null = null;
  let wrappedVotes = 0;
  for (const file of files) {
    const own = normalizeText(decodeBytes(file.bytes).text);
    const structure = detectStructure(own);
    first ??= structure;
    if (structure.hardWrapped) wrappedVotes++;
    const heading = structure.sections.find((s) => s.kind === 'part');
    // Keep chapter files apart by a blank line so the last paragraph of one never joins the next.
    const chunk = text && !own.startsWith('\n') ? `\n\n${own}` : own;
    let start = text.length;
    text += chunk;
    // The first file's header (title, author, rating …) is the work's front matter, as in a single file, not part 1's heading.
    const frontEnd = sections.length === 0 && heading && structure.sections[0]?.kind === 'front' ? heading.start : 0;
    if (frontEnd > 0) {
      sections.push({ kind: 'front', title: null, subtitle: null, start, end: start + frontEnd, words: countWords(own.slice(0, frontEnd)) });
      start += frontEnd;
    }
    sections.push({
      kind: 'part',
      title: heading?.title ?? file.name.replace(/\.txt$/i, ''),
      subtitle: heading?.subtitle ?? null,
      start,
      end: text.length,
      words: countWords(own.slice(frontEnd)),
    });
  }
  return {
    text,
    structure: {
      title: first?.title ?? null,
      author: first?.author ?? null,
      meta: first?.meta ?? {},
      sections,
      hardWrapped: wrappedVotes * 2 > files.length,
    },
  };
}
