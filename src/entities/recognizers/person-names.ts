// People: a capitalised chunk is a person's name when
// - a title stands before it, in the chunk or just before ("Lt. Col. Wayne Marotto", "ambassador
//   Danaifar", "Minister of Intelligence Moslehi": title and portfolio stay outside the span);
// - an appositive title follows it ("Danaifar, clerical regime’s ambassador", "Moslehi (Minister");
// - it carries a name particle ("Faleh al-Fayaz", "al-Maliki", "Osama bin Laden");
// - compromise tags its first or last word as a person's name;
// - it is the subject of a verb of saying or promising ("Faleh Fayyaz promised", "Khamenei said"),
//   unless compromise reads it as an organisation or a place.
// Chunks with an organisation head word or that are place names are left to those recognizers.
import type { Candidate, Recognizer } from '../candidate.js';
import { isCityOnly, isCommonWord, isDemonym, isPlaceName } from '../gazetteer.js';
import { NOT_ACRONYMS, ORG_HEADS, PORTFOLIOS, SPEAKS_AFTER, TITLES, prefixLength } from '../lexicon-sets.js';
import { PARTICLE_GAP, PARTICLE_WORD, nameChunks, type ChunkWord } from '../name-chunks.js';

const TITLE = TITLES.filter((t) => t.length === 1)
  .map((t) => t[0]!.replace(/\./g, '\\.'))
  .join('|');
const TITLE_BEFORE = new RegExp(String.raw`(?:^|[^\w.])(?:${TITLE})[ \t]+$`);
const TITLE_OF_BEFORE = new RegExp(String.raw`(?:^|[^\w.])(?:${TITLE})[ \t]+(?:of|for)[ \t]+(?:the[ \t]+)?$`);
const APPOSITIVE_TITLE = new RegExp(String.raw`^(?:,[ \t]+(?:[\w’'-]+[ \t]+){0,4}?|[ \t]*\([ \t]*)(?:${TITLE})\b`);
/** Words of a headline or a date, not of a name ("Strongly Condemns", "Monday"). */
const NOT_NAME_TAGS = ['Verb', 'Adverb', 'Date', 'Preposition', 'Determiner'];
const NOT_PERSON_TAGS = ['Organization', 'Place', 'Acronym'];
const PERSON_TAGS = ['Person', 'FirstName', 'LastName', 'MaleName', 'FemaleName'];

export const personNames: Recognizer = (doc) => {
  const tagsAt = new Map(doc.tokens.map((t) => [t.start, t.tags]));
  const personTagged = (w: ChunkWord) => PERSON_TAGS.some((t) => tagsAt.get(w.start)?.includes(t));
  const out: Candidate[] = [];
  for (const chunk of nameChunks(doc)) {
    if (chunk.headline) continue;
    let words = chunk.words;
    // Titles inside the chunk: the name is what follows the last one.
    let titled = false;
    let endsInTitle = false;
    for (let k = 0; k < words.length; k++) {
      const n = prefixLength(words, k, TITLES);
      if (n === 0 || ORG_HEADS.has(words[k]!.text)) continue;
      // "U.N. Secretary General": a title closing the chunk names an office, not a person.
      endsInTitle = k + n === words.length;
      if (endsInTitle) break;
      words = words.slice(k + n);
      titled = true;
      k = -1;
    }
    if (endsInTitle || words.some((w) => NOT_NAME_TAGS.some((t) => tagsAt.get(w.start)?.includes(t)))) continue;
    const before = doc.text.slice(Math.max(0, chunk.start - 40), chunk.start);
    if (TITLE_OF_BEFORE.test(before)) {
      const n = prefixLength(words, 0, PORTFOLIOS);
      if (n === 0 || n === words.length) continue;
      words = words.slice(n);
      titled = true;
    }
    if (words.some((w) => ORG_HEADS.has(w.text)) || words.every((w) => isDemonym(w.text) || NOT_ACRONYMS.has(w.text))) continue;
    const text = doc.text.slice(words[0]!.start, words[words.length - 1]!.end);
    const speaks = SPEAKS_AFTER.test(doc.text.slice(chunk.end, chunk.end + 14));
    if (!titled && isPlaceName(text) && !(speaks && isCityOnly(text))) continue;
    if (!titled && words.length === 1 && /^\p{Lu}{2,}$/u.test(words[0]!.text)) continue;
    const evidence =
      titled ||
      TITLE_BEFORE.test(before) ||
      APPOSITIVE_TITLE.test(doc.text.slice(chunk.end, chunk.end + 60)) ||
      words.some((w) => PARTICLE_WORD.test(w.text)) ||
      PARTICLE_GAP.test(text) ||
      (speaks &&
        !words.some((w) => /^\p{Lu}+$/u.test(w.text) || isCommonWord(w.text) || NOT_PERSON_TAGS.some((t) => tagsAt.get(w.start)?.includes(t)))) ||
      personTagged(words[0]!) ||
      personTagged(words[words.length - 1]!);
    if (evidence) out.push({ type: 'person', start: words[0]!.start, end: words[words.length - 1]!.end, rule: 'entities/person-names' });
  }
  return out;
};
