/**
 * Deterministic fiction-like text: English fan-fiction (FanFicFare-style
 * header, `Chapter N: Title`, scene breaks, curly quotes) and a Chinese web
 * novel (`第N章`). Text is assembled from a pool of pre-generated sentences:
 * building 1.1 GB word by word would make generation the slowest part of the
 * bench, and the reader's cost depends on lines, paragraphs and characters,
 * not on how varied the prose is.
 */
import { Rng } from './prng.js';

const WORDS = (
  'the a an and but or so then when while because if though as at by for from in into of on to with without over under ' +
  'after before through across behind beside between around against toward about she he they we it you I her him them us ' +
  'his their our its my your this that these those there here what which who whom whose how why where ' +
  'was were is are had has have been being be could would should might must will can did do does said asked whispered ' +
  'looked turned walked ran stood sat waited watched felt knew thought wanted needed found kept left took gave made came went ' +
  'saw heard held pulled pushed opened closed smiled laughed sighed nodded shook reached touched leaned stepped breathed ' +
  'door window room hall kitchen table chair bed floor wall stairs street car train rain snow wind light dark night morning ' +
  'evening day hour minute moment time year life world house home school city town road river sea sky sun moon star fire ' +
  'water tea coffee cup book letter phone hand hands eyes face hair voice head heart shoulder arm fingers mouth breath ' +
  'silence noise sound word words name question answer story dream memory reason mistake chance promise secret truth lie ' +
  'quiet soft slow quick sudden small large long short old new young cold warm bright heavy tired careful strange familiar ' +
  'almost already always never often still just only even again away back down up out off once twice nearly perhaps ' +
  'very too really quite rather simply slowly quickly softly quietly finally suddenly carefully'
).split(' ');
const CONTRACTIONS = ['didn’t', 'couldn’t', 'wasn’t', 'it’s', 'she’d', 'he’d', 'they’re', 'I’m', 'don’t', 'won’t', 'you’re', 'that’s'];
const NAMES = ['Harry', 'Hermione', 'Draco', 'Willow', 'Buffy', 'Spike', 'Sherlock', 'John', 'Arthur', 'Merlin', 'Steve', 'Bucky',
  'Natasha', 'Tony', 'Sam', 'Dean', 'Castiel', 'Rey', 'Finn', 'Kira', 'Jadzia', 'Aziraphale', 'Crowley', 'Zuko', 'Katara'];
const VERBS_SAID = ['said', 'asked', 'whispered', 'muttered', 'replied', 'called', 'admitted', 'snapped'];
const TITLE_WORDS = ['Silence', 'Shadows', 'Winter', 'Ashes', 'Promise', 'Tide', 'Ember', 'Glass', 'Crown', 'Storm', 'Lanterns',
  'Echoes', 'Wings', 'Thread', 'Harbor', 'Stars', 'Honey', 'Iron', 'Salt', 'Ribbons', 'Orchard', 'Midnight', 'Rain', 'Bones',
  'Letters', 'Compass', 'Distance', 'Gravity', 'Lullaby', 'Wolves', 'Paper', 'Smoke', 'Summer', 'Fathoms', 'Quiet'];
const TITLE_GLUE = ['of', 'and', 'in the', 'after', 'before', 'between', 'beneath', 'for'];
const TITLE_ADJ = ['Last', 'Quiet', 'Broken', 'Silver', 'Hollow', 'Burning', 'Borrowed', 'Distant', 'Small', 'Golden',
  'Second', 'Crooked', 'Gentle', 'Hidden', 'Bitter', 'Northern', 'Paper', 'Wild', 'Salted', 'Unfinished'];

/** A pre-built sentence and its word count (as `wc -w` would count it). */
interface Sentence {
  text: string;
  words: number;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

function englishSentence(rng: Rng): string {
  const n = rng.int(5, 20);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) {
    const r = rng.next();
    let w = r < 0.08 ? rng.pick(NAMES) : r < 0.14 ? rng.pick(CONTRACTIONS) : rng.pick(WORDS);
    if (i > 2 && i < n - 2 && rng.chance(0.08)) w += ',';
    parts.push(w);
  }
  if (n > 10 && rng.chance(0.1)) parts.splice(rng.int(3, n - 3), 0, '—');
  const body = capitalise(parts.join(' '));
  const kind = rng.next();
  if (kind < 0.25) {
    // Dialogue with a tag, curly quotes: “Body,” Name said.
    return `“${body}${rng.chance(0.3) ? '?' : ','}” ${rng.pick(NAMES)} ${rng.pick(VERBS_SAID)}.`;
  }
  if (kind < 0.32) return `“${body}${rng.pick(['.', '!', '?', '…'])}”`;
  return body + rng.pick(['.', '.', '.', '.', '!', '?', '…']);
}

const countWords = (s: string) => s.split(' ').filter((w) => w && w !== '—').length;

/** The English sentence pool. Fixed seed: every work draws from the same pool. */
export function englishPool(size = 8192): Sentence[] {
  const rng = new Rng(0xf1c);
  return Array.from({ length: size }, () => {
    const text = englishSentence(rng);
    return { text, words: countWords(text) };
  });
}

/** A title like “Ashes of Winter”. */
export function workTitle(rng: Rng): string {
  const a = rng.pick(TITLE_WORDS);
  if (rng.chance(0.3)) return `The ${rng.pick(TITLE_ADJ)} ${a}`;
  return `${a} ${rng.pick(TITLE_GLUE)} ${rng.pick(TITLE_WORDS)}`;
}

/**
 * A pen name. The space is large on purpose: fic-read treats the same title
 * by the same author as one story, and the corpus should not merge by accident.
 */
export function authorName(rng: Rng): string {
  const handle = rng.pick(TITLE_WORDS).toLowerCase() + rng.pick(['_writes', 'fire', 'light', '', 'girl', 'ofthenight']) + rng.int(1, 999);
  return rng.chance(0.5) ? handle : `${rng.pick(NAMES)} ${rng.pick(TITLE_WORDS)}`;
}

/** A paragraph of `sentences` pool sentences; returns its text and word count. */
function paragraph(rng: Rng, pool: Sentence[], sentences: number): Sentence {
  let text = '';
  let words = 0;
  for (let i = 0; i < sentences; i++) {
    const s = pool[(rng.next() * pool.length) | 0];
    text += i ? ' ' + s.text : s.text;
    words += s.words;
  }
  return { text, words };
}

/** Greedy wrap at `col` columns (hard-wrapped .txt from old archives / Gutenberg style). */
export function hardWrap(text: string, col: number): string {
  const out: string[] = [];
  let start = 0;
  while (text.length - start > col) {
    let cut = text.lastIndexOf(' ', start + col);
    if (cut <= start) cut = text.indexOf(' ', start + col);
    if (cut < 0) break;
    out.push(text.slice(start, cut));
    start = cut + 1;
  }
  out.push(text.slice(start));
  return out.join('\n');
}

/** How a work's prose is laid out in its file. */
export interface Shape {
  /** 0 = one paragraph per line; else hard-wrapped at this column. */
  wrapCol: number;
  /** A blank line between paragraphs (always when hard-wrapped). */
  blankBetween: boolean;
}

/** One chapter's body: paragraphs up to `words` words, with `* * *` scene breaks now and then. */
export function chapterBody(rng: Rng, pool: Sentence[], words: number, shape: Shape): string {
  const sep = shape.wrapCol || shape.blankBetween ? '\n\n' : '\n';
  const out: string[] = [];
  let done = 0;
  let sinceBreak = 0;
  while (done < words) {
    const p = paragraph(rng, pool, rng.int(1, 6));
    out.push(shape.wrapCol ? hardWrap(p.text, shape.wrapCol) : p.text);
    done += p.words;
    sinceBreak += p.words;
    if (sinceBreak > 1200 && done < words - 300 && rng.chance(0.15)) {
      out.push('* * *');
      sinceBreak = 0;
    }
  }
  return out.join(sep);
}

/** A FanFicFare-like header. */
export function header(rng: Rng, title: string, author: string, chapters: number, words: number): string {
  const summary = englishSentence(rng).replace(/[“”]/g, '');
  return [
    `Title: ${title}`,
    `Author: ${author}`,
    `Rating: ${rng.pick(['General Audiences', 'Teen And Up Audiences', 'Mature', 'Explicit', 'Not Rated'])}`,
    `Status: ${rng.chance(0.6) ? 'Completed' : 'In-Progress'}`,
    `Chapters: ${chapters}`,
    `Words: ${words}`,
    `Summary: ${summary}`,
  ].join('\n');
}

/** Splits `total` words over `n` chapters with some variation. */
export function chapterLengths(rng: Rng, total: number, n: number): number[] {
  const weights = Array.from({ length: n }, () => 0.5 + rng.next());
  const sum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => Math.max(50, Math.round((total * w) / sum)));
}

export function chapterHeading(rng: Rng, n: number): string {
  return `Chapter ${n}: ${workTitle(rng)}`;
}

// ---------------------------------------------------------------- CJK

const HANZI =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞';
const CN_DIGITS = '零一二三四五六七八九';

/** 1 → 一, 12 → 十二, 250 → 二百五十, 101 → 一百零一 (up to 9999). */
export function chineseNumber(n: number): string {
  if (n < 10) return CN_DIGITS[n];
  if (n < 20) return '十' + (n % 10 ? CN_DIGITS[n % 10] : '');
  const units = ['千', '百', '十', ''];
  const digits = String(n).padStart(4, '0').split('').map(Number);
  let s = '';
  let zero = false;
  digits.forEach((d, i) => {
    if (d === 0) {
      zero = s !== '';
      return;
    }
    if (zero) s += '零';
    zero = false;
    s += CN_DIGITS[d] + units[i];
  });
  return s;
}

function hanzi(rng: Rng, n: number): string {
  let s = '';
  for (let i = 0; i < n; i++) s += HANZI[(rng.next() * HANZI.length) | 0];
  return s;
}

/** A CJK sentence pool: clauses joined by ，, ending 。！？, some in “” dialogue. */
export function cjkPool(size = 4096): string[] {
  const rng = new Rng(0xc1c);
  return Array.from({ length: size }, () => {
    const clauses = Array.from({ length: rng.int(1, 4) }, () => hanzi(rng, rng.int(4, 14)));
    const body = clauses.join('，') + rng.pick(['。', '。', '。', '！', '？', '……']);
    return rng.chance(0.25) ? `“${body}”` : body;
  });
}

/** One CJK chapter of about `chars` characters: paragraphs indented with two U+3000, one per line. */
export function cjkChapter(rng: Rng, pool: string[], n: number, chars: number): string {
  const out = [`第${chineseNumber(n)}章 ${hanzi(rng, rng.int(2, 5))}`, ''];
  let done = 0;
  while (done < chars) {
    let p = '\u3000\u3000';
    for (let i = rng.int(1, 5); i > 0; i--) p += pool[(rng.next() * pool.length) | 0];
    out.push(p);
    done += p.length;
  }
  return out.join('\n');
}
