// A capitalised name right after a locative preposition ("the bombing in Yousufiyah", "a village
// near Samarra") is a place when nothing else claims it: a fallback, as the capitals and the
// preposition are the only evidence. Dates, people, demonyms and ordinary words are excluded.
import type { Candidate, Recognizer } from '../candidate.js';
import { isCommonWord, isDemonym } from '../gazetteer.js';
import { ORG_HEADS } from '../lexicon-sets.js';
import { nameChunks } from '../name-chunks.js';

const LOCATIVE = /(?:^|[^\w-])(?:in|near|outside|around|across|into|throughout|(?:north|south|east|west)(?:east|west)?\s+of)[ \t]+$/;
const NOT_PLACE_TAGS = ['Person', 'FirstName', 'Date', 'Organization', 'Acronym', 'Value'];
const MAX_WORDS = 3;

export const locativeNames: Recognizer = (doc) => {
  const tagsAt = new Map(doc.tokens.map((t) => [t.start, t.tags]));
  const out: Candidate[] = [];
  for (const chunk of nameChunks(doc)) {
    if (chunk.headline || chunk.words.length > MAX_WORDS || /^(?:\p{Lu}\.?|\d+\p{Ll}+)$/u.test(chunk.words[0]!.text) || !LOCATIVE.test(doc.text.slice(Math.max(0, chunk.start - 20), chunk.start))) continue;
    const excluded = chunk.words.some(
      (w) => isCommonWord(w.text) || isDemonym(w.text) || ORG_HEADS.has(w.text) || NOT_PLACE_TAGS.some((t) => tagsAt.get(w.start)?.includes(t)),
    );
    if (!excluded) out.push({ type: 'place', start: chunk.start, end: chunk.end, rule: 'entities/locative-names' });
  }
  return out;
};
