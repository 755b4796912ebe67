// Runs of capitalised tokens compromise tags as Person, Place or Organization become candidates of
// that type: the fallback where no precise recognizer found anything. Dates and demonyms are not names.
import type { EntityType, Token } from '../../pipeline/document.js';
import type { Candidate, Recognizer } from '../candidate.js';
import { isDemonym } from '../gazetteer.js';
import { nameChunks } from '../name-chunks.js';
import { NOT_ACRONYMS, ORG_HEADS, TITLES } from '../lexicon-sets.js';

/** Titles, with and without their abbreviation dot ("Col"), are never names. */
const TITLE_WORDS = new Set(TITLES.filter((t) => t.length === 1).flatMap(([t]) => [t!, t!.replace(/\.$/, '')]));

const TYPE_OF_TAG: readonly [string, EntityType][] = [
  ['Person', 'person'],
  ['Organization', 'group'],
  ['Place', 'place'],
];
const NOT_NAME_TAGS = ['Honorific', 'Date', 'Demonym', 'Possessive', 'Determiner', 'Pronoun', 'Preposition', 'Conjunction'];
const typeOf = (t: Token): EntityType | undefined =>
  /^\p{Lu}/u.test(t.text) && !NOT_NAME_TAGS.some((tag) => t.tags.includes(tag)) && !isDemonym(t.text) && !NOT_ACRONYMS.has(t.text) && !ORG_HEADS.has(t.text) && !TITLE_WORDS.has(t.text) ? TYPE_OF_TAG.find(([tag]) => t.tags.includes(tag))?.[1] : undefined;

export const compromiseNames: Recognizer = (doc) => {
  const out: Candidate[] = [];
  let run: Token[] = [];
  let runType: EntityType | undefined;
  const flush = () => {
    if (runType && run.length) out.push({ type: runType, start: run[0]!.start, end: run[run.length - 1]!.end, rule: 'entities/compromise-names' });
    run = [];
    runType = undefined;
  };
  for (const t of doc.tokens) {
    const type = typeOf(t);
    const prev = run[run.length - 1];
    const joined = prev && prev.sentence === t.sentence && /^[ \t]?$/.test(doc.text.slice(prev.end, t.start));
    if (type && type === runType && joined) run.push(t);
    else {
      flush();
      if (type) {
        run = [t];
        runType = type;
      }
    }
  }
  flush();
  const headlines = nameChunks(doc).filter((c) => c.headline);
  return out.filter((c) => !headlines.some((h) => h.start <= c.start && c.start < h.end));
};
