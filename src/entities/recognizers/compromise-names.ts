// Runs of tokens compromise tags as Person, Place or Organization become candidates of that type.
import type { EntityType, Token } from '../../pipeline/document.js';
import type { Candidate, Recognizer } from '../candidate.js';

const TYPE_OF_TAG: readonly [string, EntityType][] = [
  ['Person', 'person'],
  ['Organization', 'group'],
  ['Place', 'place'],
];
const typeOf = (t: Token): EntityType | undefined => TYPE_OF_TAG.find(([tag]) => t.tags.includes(tag) && !t.tags.includes('Honorific'))?.[1];

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
      if (type && /^[A-Z]/.test(t.text)) {
        run = [t];
        runType = type;
      }
    }
  }
  flush();
  return out;
};
