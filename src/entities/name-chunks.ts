// Capitalised name chunks: maximal runs of capitalised words inside one sentence ("Faleh al-Fayaz",
// "U.S. Embassy", "2nd Brigade Combat Team"), joined by name particles ("Osama bin Laden"), with
// possessives and punctuation ending a run. Several recognizers classify the same chunks, so they
// are computed once per document. A leading determiner ("The") and a sentence-initial function word
// ("In", "Last") are dropped.
import { z } from 'zod';
import type { Doc, Span } from '../pipeline/document.js';
import { escapeRegExp, loadLexicon } from '../pipeline/lexicon.js';
import { nlp } from '../segment/nlp.js';
import { DESIGNATORS, ORG_HEADS, TITLES } from './lexicon-sets.js';
import data from './lexicons/name-parts.json' with { type: 'json' };

const parts = loadLexicon('entities/name-parts', z.object({ note: z.string(), hyphened: z.array(z.string()), spaced: z.array(z.string()), articles: z.array(z.string()) }), data);

export interface ChunkWord extends Span {
  readonly text: string;
}

export interface NameChunk extends Span {
  readonly words: readonly ChunkWord[];
  /** The line is written in capitals (a headline), where capitals say nothing. */
  readonly shouting: boolean;
  /** The line is a headline, in capitals or in title case ("Ban Deplores Attack on …"): only
   * names known from a lexicon, a gazetteer or the body of the text count there. */
  readonly headline: boolean;
  readonly sentence: number;
}

const alt = (xs: readonly string[]) => xs.map(escapeRegExp).join('|');
const CAP = String.raw`[A-Z\u00C0-\u00DE]`;
const INNER = String.raw`[\p{L}\p{M}\d]`;
// Letters, inner apostrophes (Kata'ib, but not a possessive 's) and hyphenated parts (Ki-moon).
const CORE = String.raw`${CAP}${INNER}*(?:[’'](?!s\b)\p{L}+)*(?:-${INNER}+(?:[’'](?!s\b)\p{L}+)*)*`;
// A dot stays with the word only when a capitalised word follows inside the sentence (Lt. Col. X).
const WORD_SRC = String.raw`(?:(?:[A-Z]\.){2,}|\d+(?:st|nd|rd|th)\b|(?:${alt(parts.hyphened)})-${CORE}|${CORE}(?:\.(?= +${CAP}))?)`;
const GAP = String.raw`[ \t]+(?:(?:${alt(parts.spaced)})[ \t]+)?`;
const CHUNK = new RegExp(String.raw`(?<![\p{L}\p{M}\d-])(?<!\p{L}[’'])${WORD_SRC}(?:${GAP}${WORD_SRC})*(?![\p{L}\p{M}\d])`, 'gu');
const WORD = new RegExp(WORD_SRC, 'gu');

/** Tags that mark a sentence-initial capitalised word as an ordinary word, not part of a name. */
const FUNCTION_TAGS = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord', 'Value', 'Date'];

/** Words that open names even where compromise reads them as verbs ("Camp Liberty residents …"). */
const NAME_OPENERS = new Set([...ORG_HEADS, ...DESIGNATORS.before.map((d) => d.split(/\s+/)[0]!), ...TITLES.map((t) => t[0]!)]);

const lexicon = (nlp.model() as { one: { lexicon: Record<string, string | string[]> } }).one.lexicon;
const VERB_TAGS = new Set(['PresentTense', 'PastTense', 'Infinitive', 'Gerund', 'Adverb', 'Modal', 'Copula']);
const MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'vs']);

/** Four or more words, every major word capitalised, and a verb among them: a headline, not a name. */
function isTitleCaseHeadline(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}’'-]*/gu) ?? [];
  if (words.length < 4 || !words.every((w) => /^\p{Lu}/u.test(w) || MINOR_WORDS.has(w))) return false;
  return words.some((w) => [lexicon[w.toLowerCase()] ?? []].flat().some((t) => VERB_TAGS.has(t)));
}

const COLLECTIVE_POSSESSIVE = /^(?:People|Workers|Women|Children|Farmers|Veterans|Martyrs)(?:[’']s?)[ \t]+$/;

/** A word opening with a name particle ("al-Fayaz", "bin-Laden") or a particle standing alone ("bin"). */
export const PARTICLE_WORD = new RegExp(`^(?:${alt(parts.hyphened)})-|^(?:${alt(parts.spaced)})$`);
/** A particle between two capitalised words ("Osama bin Laden"). */
export const PARTICLE_GAP = new RegExp(`[ \\t](?:${alt(parts.spaced)})[ \\t]`);
/** The Arabic article that short forms drop: "al-Fayaz" → "Fayaz". */
export const ARTICLE_PREFIX = new RegExp(`^(?:${alt(parts.articles)})-`);

const cache = new WeakMap<object, NameChunk[]>();

export function nameChunks(doc: Doc<'sentences' | 'tokens'>): NameChunk[] {
  const cached = cache.get(doc.tokens);
  if (cached) return cached;
  const tagsAt = new Map(doc.tokens.map((t) => [t.start, t.tags]));
  const isFunctionWord = (w: ChunkWord) => {
    const tags = tagsAt.get(w.start) ?? [];
    // compromise's tags say little about a word in capitals ("NEW YORK").
    if (tags.includes('Demonym') || tags.includes('Person') || tags.includes('Place') || NAME_OPENERS.has(w.text) || /^\p{Lu}{2,}$/u.test(w.text)) return false;
    return FUNCTION_TAGS.some((t) => tags.includes(t)) || (tags.includes('Adjective') && !tags.includes('ProperNoun'));
  };
  const out: NameChunk[] = [];
  // The sentences of a line (a paragraph is one) share its kind, worked out once per line.
  let lineEnd = -1;
  let shouting = false;
  let headline = false;
  for (const s of doc.sentences) {
    const sentence = doc.text.slice(s.start, s.end);
    if (s.start >= lineEnd) {
      const lineEndAt = doc.text.indexOf('\n', s.start);
      lineEnd = lineEndAt < 0 ? doc.text.length : lineEndAt;
      const line = doc.text.slice(doc.text.lastIndexOf('\n', s.start - 1) + 1, lineEnd);
      shouting = !/\p{Ll}/u.test(line) && twoCapitalRuns(line);
      headline = shouting || isTitleCaseHeadline(line);
    }
    for (const m of sentence.matchAll(CHUNK)) {
      let words: ChunkWord[] = [...m[0].matchAll(WORD)].map((w) => ({ start: s.start + m.index + w.index, end: s.start + m.index + w.index + w[0].length, text: w[0] }));
      let initial = /(?:^|["“‘(\[:—–])[\s"“‘'(\[—–-]*$/.test(sentence.slice(0, m.index));
      // "The" opens no name anywhere; other function words only where a capital is forced.
      while (words.length && (initial ? isFunctionWord(words[0]!) : words[0]!.text === 'The' || tagsAt.get(words[0]!.start)?.includes('Determiner'))) {
        words = words.slice(1);
        initial = false;
      }
      // "People's Mojahedin", "Workers' Party": a plural noun's possessive stays inside a name.
      if (!words.length) continue;
      const previous = out[out.length - 1];
      if (previous && previous.sentence === s.index && COLLECTIVE_POSSESSIVE.test(doc.text.slice(previous.words[previous.words.length - 1]!.start, words[0]!.start))) {
        out[out.length - 1] = { ...previous, end: words[words.length - 1]!.end, words: [...previous.words, ...words] };
        continue;
      }
      // A weekday or month ends a name: "the New York Times Tuesday", "the FEC on Sunday".
      for (const part of splitAt(words, (w) => tagsAt.get(w.start)?.includes('Date') === true && !tagsAt.get(w.start)?.includes('Person'))) {
        out.push({ start: part[0]!.start, end: part[part.length - 1]!.end, words: part, shouting, headline, sentence: s.index });
      }
    }
  }
  cache.set(doc.tokens, out);
  return out;
}

/**
 * Two runs of capitals with white space between them. Searched in steps, because the single
 * pattern /\p{Lu}{2,}.*\s.*\p{Lu}{2,}/ backtracks in cubic time on a long line without spaces.
 */
function twoCapitalRuns(line: string): boolean {
  const first = line.search(/\p{Lu}{2}/u);
  if (first < 0) return false;
  const space = line.slice(first + 2).search(/\s/);
  return space >= 0 && /\p{Lu}{2}/u.test(line.slice(first + 2 + space + 1));
}

function splitAt(words: readonly ChunkWord[], isBreak: (w: ChunkWord) => boolean): ChunkWord[][] {
  const parts: ChunkWord[][] = [[]];
  for (const w of words) {
    if (isBreak(w)) parts.push([]);
    else parts[parts.length - 1]!.push(w);
  }
  return parts.filter((p) => p.length > 0);
}

