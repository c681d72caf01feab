/** `fic-read list` and `fic-read info`: the library as text or JSON. */
import { safeLine } from '../core/safe-text.js';
import type { WorkSummary as LoadedWork } from '../core/types.js';

/** The JSON shape of one work, as documented in the README. */
export function workJson(w: LoadedWork) {
  return {
    id: w.id,
    title: w.title,
    author: w.author,
    path: w.path,
    words: w.words,
    parts: w.parts.map((p) => ({ title: p.title, subtitle: p.subtitle, words: p.words })),
    meta: w.meta,
    status: w.status,
    ...(w.older ? { older: w.older } : {}),
  };
}

/** One line per work: id, title, author, parts, words. */
export function formatList(works: LoadedWork[]): string {
  if (works.length === 0) return 'No works found.\n';
  const idWidth = Math.max(...works.map((w) => w.id.length));
  return works
    .map((w) => {
      const by = w.author ? ` by ${safeLine(w.author)}` : '';
      const stats = `${w.parts.length} ${w.parts.length === 1 ? 'part' : 'parts'}, ${w.words.toLocaleString('en')} words`;
      // A title taken from the file name would only repeat the id.
      const title = w.title === w.id ? '' : `${safeLine(w.title)}  `;
      return `${w.id.padEnd(idWidth)}  ${title}${by.trimStart()}${by ? '  ' : ''}(${stats})`;
    })
    .join('\n') + '\n';
}

/** Everything known about one work, with its table of contents. */
export function formatInfo(w: LoadedWork): string {
  const lines = [safeLine(w.title), w.author ? `by ${safeLine(w.author)}` : 'author unknown', ''];
  lines.push(`id:     ${w.id}`, `file:   ${safeLine(w.path)}`, `words:  ${w.words.toLocaleString('en')}`);
  lines.push(`parts:  ${w.parts.length}`);
  if (w.status !== 'unknown') lines.push(`status: ${w.status === 'complete' ? 'complete' : 'in progress'}`);
  for (const old of w.older ?? []) lines.push(`older version: ${safeLine(old)}`);
  for (const [k, v] of Object.entries(w.meta)) lines.push(`${safeLine(k)}: ${safeLine(v)}`);
  lines.push('', 'Contents');
  const width = String(w.parts.length).length;
  w.parts.forEach((p, i) => {
    const title = [p.title ?? 'Untitled', p.subtitle].filter(Boolean).map((s) => safeLine(s!)).join(' — ');
    lines.push(`  ${String(i + 1).padStart(width)}. ${title}  (${p.words.toLocaleString('en')} words)`);
  });
  return lines.join('\n') + '\n';
}
