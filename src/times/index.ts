// Times: the publication date first (the reference), then every expression resolved against it
// by the configured chrono (chrono.ts), with the verb tense and sentence of each offset at hand.
import type { TimeExpression } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { chronoReference, parseDate, type YMD } from './calendar.js';
import { newsChrono, type ParsedResult } from './chrono.js';
import { markOf } from './marks.js';
import type { NewsParsingOption } from './option.js';
import { publicationDate } from './publication-date.js';
import { sentenceReader, tenseReader } from './tense.js';
import { timexOf, toTimex } from './timex.js';

/** Two stand-in references for a text that states no date (see run()). */
const STAND_IN_REFERENCES = [
  { year: 2000, month: 1, day: 1 },
  { year: 2010, month: 7, day: 15 },
] as const;
const key = (e: TimeExpression): string => `${e.start}:${e.end}:${e.value}`;

const RANGE_JOINER = /\s*(?:-|–|—|\bto\b|\bthrough\b|\bthru\b|\buntil\b|\btill\b|\band\b)\s*/i;

/**
 * One expression per result; a range ("from Aug. 26 to Oct. 20", "July 23-25") becomes two, one
 * for each end, split at the joining word, so that each end keeps its own value.
 */
function expressionsOf(r: ParsedResult): TimeExpression[] {
  const rule = markOf(r)?.rule ?? 'times/chrono';
  const whole = toTimex(r);
  if (!whole) return [];
  const joiner = r.end ? RANGE_JOINER.exec(r.text) : null;
  const endTimex = r.end && joiner ? timexOf(r.end, markOf(r), r.text.slice(joiner.index + joiner[0].length)) : null;
  if (!joiner || !endTimex || joiner.index === 0 || endTimex.value === whole.value) return [{ start: r.index, end: r.index + r.text.length, text: r.text, ...whole, rule }];
  const secondStart = joiner.index + joiner[0].length;
  return [
    { start: r.index, end: r.index + joiner.index, text: r.text.slice(0, joiner.index), ...whole, rule },
    { start: r.index + secondStart, end: r.index + r.text.length, text: r.text.slice(secondStart), ...endTimex, rule },
  ];
}

export const timesStage: Stage<'zones' | 'sentences' | 'tokens', 'times'> = {
  name: 'times',
  run(doc) {
    const publication = publicationDate(doc);
    const option: NewsParsingOption = { forwardDate: false, tenseAt: tenseReader(doc.text, doc.tokens), sentenceAt: sentenceReader(doc.sentences) };
    const resolve = (day: YMD) => newsChrono.parse(doc.text, chronoReference(day), option).flatMap(expressionsOf);
    let expressions: TimeExpression[];
    if (publication.value) expressions = resolve(parseDate(publication.value));
    else {
      // Without a reference only absolute expressions can be resolved: those whose value is the
      // same whichever reference they are read against.
      const other = new Set(resolve(STAND_IN_REFERENCES[1]).map(key));
      expressions = resolve(STAND_IN_REFERENCES[0]).filter((e) => other.has(key(e)));
    }
    return { times: Object.freeze({ publication, expressions: Object.freeze(expressions) }) };
  },
};
