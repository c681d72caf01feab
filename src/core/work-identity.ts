/**
 * Which work a file is, from its own text, so positions and bookmarks follow
 * a story when it is re-downloaded under a new name or replaced by a longer
 * version. In order of trust: the story's URL, its stated title + author, a
 * hash of its opening prose, and only as a last resort its file path.
 */
import { partBodyStart } from './part-scan.js';
import { findUrls } from './find-urls.js';
import { fnv1a32 } from './text-hash.js';
import { idFromPath } from './work-id.js';
import type { WorkSummary, WorkView } from './types.js';

/** Meta labels whose value is the story's own address (any URL accepted). */
const URL_LABEL = /^(?:story\s*url|story\s*link|url|link|source|source\s*url|original(?:ly)?\s*(?:posted\s*at)?)$/i;
/** Story pages on the big archives: trusted wherever they appear in the front matter. */
const STORY_PATH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^archiveofourown\.org\/(?:collections\/[^/]+\/)?works\/(\d+)/, (m) => `archiveofourown.org/works/${m[1]}`],
  [/^(fanfiction\.net|fictionpress\.com)\/s\/(\d+)/, (m) => `${m[1]}/s/${m[2]}`],
  [/^royalroad\.com\/fiction\/(\d+)/, (m) => `royalroad.com/fiction/${m[1]}`],
  [/^wattpad\.com\/story\/(\d+)/, (m) => `wattpad.com/story/${m[1]}`],
  [/^([^/]+\/(?:[^/]+\/)*viewstory\.php)\?(?:.*&)?sid=(\d+)/, (m) => `${m[1]}?sid=${m[2]}`],
];
/** Opening prose shorter than this says too little to identify a work. */
const MIN_OPENING = 40;
const OPENING_CHARS = 500;
/** At most this much of the front matter is searched for a stated title. */
const HEAD_CHARS = 4000;

/**
 * A story URL in canonical form: no protocol, lowercase host without `www.`/`m.`,
 * no trailing slash, query or fragment; AO3 chapters and ffnet chapter/slug
 * paths cut to the story (`archiveofourown.org/works/123`, `fanfiction.net/s/456`).
 * eFiction `viewstory.php?sid=N` keeps its `sid`, the only thing that names the story.
 */
export function normalizeUrl(raw: string): string {
  let s = raw.trim().replace(/[.,;:!?)\]]+$/, '').replace(/^[a-z]+:\/\//i, '');
  const slash = s.search(/[/?#]/);
  const host = (slash < 0 ? s : s.slice(0, slash)).toLowerCase().replace(/^(?:www|m)\./, '');
  s = host + (slash < 0 ? '' : s.slice(slash));
  const known = storyPath(s);
  if (known) return known;
  return s.replace(/[?#].*$/, '').replace(/\/+$/, '');
}

function storyPath(s: string): string | null {
  for (const [re, make] of STORY_PATH) {
    const m = re.exec(s);
    if (m) return make(m);
  }
  return null;
}

/** The story URL the work states, normalised, or null. */
export function storyUrl(work: WorkView): string | null {
  for (const [label, value] of Object.entries(work.meta)) {
    if (!URL_LABEL.test(label.trim())) continue;
    const m = findUrls(value, 1);
    if (m.length) return normalizeUrl(m[0]);
  }
  // Elsewhere in the header only an archive's story page counts: an author's
  // tumblr link would otherwise make all of their works one.
  const header = [
    ...Object.values(work.meta),
    ...work.sections.filter((s) => s.kind === 'front').map((s) => work.text.slice(s.start, s.end)),
  ].join('\n');
  for (const m of findUrls(header)) {
    const known = storyPath(normalizeUrl(m));
    if (known) return known;
  }
  return null;
}

/** Lowercase, accents and punctuation dropped, single spaces: `The Boy-Who Lived!` → `the boy who lived`. */
export function normalizeName(s: string): string {
  return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The opening prose of the first part (heading skipped), reduced to its words, or '' when there is none. */
function opening(work: WorkView): string {
  const first = work.sections.find((s) => s.kind === 'part');
  if (!first) return '';
  const from = partBodyStart(work.text, first);
  return normalizeName(work.text.slice(from, Math.min(first.end, from + OPENING_CHARS * 3))).slice(0, OPENING_CHARS);
}

/**
 * True when the title is written in the text's opening, not the loader's
 * fallback to the file name (which would change when the file is renamed).
 * Checked in the text itself, because a file is often named after its title.
 */
function statesTitle(work: WorkView): boolean {
  const first = work.sections.find((s) => s.kind === 'part');
  // The front matter when there is one, else only the very top (a title block), not the prose.
  const end = first && first.start > 0 ? Math.min(first.start, HEAD_CHARS) : HEAD_CHARS / 8;
  const title = normalizeName(work.title);
  return title.length > 0 && ` ${normalizeName(work.text.slice(0, end))} `.includes(` ${title} `);
}

/**
 * The work's identity key: `url:<normalised url>`, `ta:<title>|<author>`,
 * `open:<hash of the opening prose>` or `path:<library path>`. Title and
 * author count only when the text states both.
 */
export function identityKey(work: WorkView): string {
  const url = storyUrl(work);
  if (url) return `url:${url}`;
  if (work.author && statesTitle(work)) {
    const t = normalizeName(work.title);
    const a = normalizeName(work.author);
    if (t && a) return `ta:${t}|${a}`;
  }
  const open = opening(work);
  if (open.length >= MIN_OPENING) return `open:${fnv1a32(open)}`;
  return `path:${work.path}`;
}

/** A readable slug: letters and digits joined by `-`, at most `max` chars. */
function slug(s: string, max = 40): string {
  return normalizeName(s).slice(0, max).trim().replace(/ /g, '-');
}

const SITE_IDS: [RegExp, string][] = [
  [/^archiveofourown\.org\/works\/(\d+)$/, 'ao3'],
  [/^fanfiction\.net\/s\/(\d+)$/, 'ffnet'],
  [/^fictionpress\.com\/s\/(\d+)$/, 'fp'],
  [/^royalroad\.com\/fiction\/(\d+)$/, 'rr'],
  [/^wattpad\.com\/story\/(\d+)$/, 'wattpad'],
];

/**
 * A stable id for an identity key, usable as a state-file key (letters,
 * digits, `-`; never dots): `ao3-123`, `ffnet-456`, `the-long-night-1a2b3c4d`
 * (slug + hash, so two works whose slugs meet stay apart), `open-1a2b3c4d`.
 * Path keys give the id the library has always used for that path, so state
 * saved before identities existed is still found.
 */
export function storageId(key: string): string {
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const value = key.slice(colon + 1);
  const hash = fnv1a32(key);
  if (kind === 'url') {
    for (const [re, site] of SITE_IDS) {
      const m = re.exec(value);
      if (m) return `${site}-${m[1]}`;
    }
    return `${slug(value.replace(/^[^/]*\//, ''), 32) || 'url'}-${hash}`;
  }
  if (kind === 'ta') return `${slug(value.split('|')[0]) || 'work'}-${hash}`;
  if (kind === 'open') return `open-${value}`;
  if (kind === 'path') return idFromPath(value);
  return `work-${hash}`;
}

/** What {@link mergeDuplicates} needs of a work. */
export type IdentifiedWork = WorkSummary & { identity: string; mtimeMs: number };

/** True when `a` is the version to read rather than `b`: more parts, then more words, then newer. */
function newer(a: IdentifiedWork, b: IdentifiedWork): boolean {
  if (a.parts.length !== b.parts.length) return a.parts.length > b.parts.length;
  if (a.words !== b.words) return a.words > b.words;
  return a.mtimeMs > b.mtimeMs;
}

/**
 * Groups the works that share an identity (an old and a new download side by
 * side) into one entry reading the newest version; `older` lists the others,
 * newest first. Groups keep the order of their first work in the input.
 */
export function mergeDuplicates<W extends IdentifiedWork>(works: W[]): { work: W; older: W[] }[] {
  const groups = new Map<string, W[]>();
  for (const w of works) {
    const g = groups.get(w.identity);
    if (g) g.push(w);
    else groups.set(w.identity, [w]);
  }
  return [...groups.values()].map((g) => {
    const sorted = [...g].sort((a, b) => (newer(a, b) ? -1 : newer(b, a) ? 1 : 0));
    return { work: sorted[0], older: sorted.slice(1) };
  });
}
