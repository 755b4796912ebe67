// Times: the publication date first (the reference), then every expression resolved against it
// by the configured chrono (chrono.ts), with the verb tense and sentence of each offset at hand.
import type { Doc, TimeExpression } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { chronoReference, parseDate, type YMD } from './calendar.js';
import { newsChrono } from './chrono.js';
import { markOf } from './marks.js';
import type { NewsParsingOption } from './option.js';
import { publicationDate } from './publication-date.js';
import { sentenceReader, tenseReader } from './tense.js';
import { toTimex } from './timex.js';

const OTHER_REFERENCES = [
  { year: 2000, month: 1, day: 1 },
  { year: 2010, month: 7, day: 15 },
] as const;
const key = (e: TimeExpression): string => `${e.start}:${e.end}:${e.value}`;

export const timesStage: Stage<'zones' | 'sentences' | 'tokens', 'times'> = {
  name: 'times',
  run(doc) {
    const publication = publicationDate(doc);
    const option: NewsParsingOption = { forwardDate: false, tenseAt: tenseReader(doc.text, doc.tokens), sentenceAt: sentenceReader(doc.sentences) };
    const resolve = (day: YMD) =>
      newsChrono.parse(doc.text, chronoReference(day), option).flatMap((r) => {
        const timex = toTimex(r);
        return timex ? [{ start: r.index, end: r.index + r.text.length, text: r.text, ...timex, rule: markOf(r)?.rule ?? 'times/chrono' }] : [];
      });
    let expressions: TimeExpression[];
    if (publication.value) expressions = resolve(parseDate(publication.value));
    else {
      // Without a reference only absolute expressions can be resolved: those whose value is the
      // same whichever reference they are read against.
      const other = new Set(resolve(OTHER_REFERENCES[1]).map(key));
      expressions = resolve(OTHER_REFERENCES[0]).filter((e) => other.has(key(e)));
    }
    return { times: Object.freeze({ publication, expressions: Object.freeze(expressions) }) };
  },
};
