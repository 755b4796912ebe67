// What the times stage hands chrono beyond the reference date: the verb tense at an offset
// (read from the segment stage's compromise tags) and the sentence an offset sits in. chrono
// passes the option object through to every parser and refiner as `context.option`.
import type { ParsingContext, ParsingOption } from 'chrono-node';
import type { YMD } from './calendar.js';

/** 'planned': a modal of possibility or "to" + infinitive, a weaker future than "will". */
export type Tense = 'past' | 'future' | 'planned' | null;

export interface NewsParsingOption extends ParsingOption {
  /** The tense of the verb governing the expression that starts at `index`; null when unknown. */
  readonly tenseAt: (index: number) => Tense;
  /** Index of the sentence holding `index` (narrative anchors look back one sentence at most for "a year earlier"). */
  readonly sentenceAt: (index: number) => number;
}

const NO_CONTEXT: NewsParsingOption = { tenseAt: () => null, sentenceAt: () => 0 };

export const newsOption = (context: ParsingContext): NewsParsingOption =>
  'tenseAt' in context.option ? (context.option as NewsParsingOption) : NO_CONTEXT;

/** The reference day as Y-M-D: the stage builds it as local noon, so local getters give it back under any zone. */
export const referenceOf = (context: ParsingContext): YMD => {
  const d = context.refDate;
  return { year: d.getFullYear(), month: d.getMonth() + 1, day: d.getDate() };
};
