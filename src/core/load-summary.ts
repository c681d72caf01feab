/**
 * A single-file work's summary straight from its bytes, for the indexer: the
 * same summary loadWork gives (the equivalence is tested), without decoding
 * the whole file. Null when the file must take the string path (see
 * byte-lines.ts and detectStructureOn for when).
 */
import { scanByteLines } from './byte-lines.js';
import { byteDoc } from './byte-doc.js';
import { detectStructureOn } from './detect-structure.js';
import { assembleWork, type WorkSource } from './load-work.js';
import type { WorkSummary } from './types.js';

/** The summary of a one-file work (no text, sections or hard-wrap flag), or null. */
export function loadSummary(source: WorkSource): WorkSummary | null {
  if (source.files.length !== 1) return null;
  const lines = scanByteLines(source.files[0].bytes);
  if (!lines) return null;
  const doc = byteDoc(lines);
  const found = detectStructureOn(doc, true);
  if (!found) return null;
  const { text: _text, sections: _sections, hardWrapped: _hw, ...summary } = assembleWork(source, doc, found.structure, found.partHashes);
  return summary;
}
