// The shape every parser under parsers/ shares: a regex compiled once and an extract function that
// turns a match into a marked chrono result. Patterns are case-insensitive and anchored on word
// boundaries; a parser returns null to let chrono try the next position.
import type { Component, Parser, ParsingContext, ParsingResult } from 'chrono-node';
import type { YMD } from './calendar.js';
import { mark, type Mark } from './marks.js';
import { referenceOf } from './option.js';

export type Extract = (match: RegExpMatchArray, ref: YMD, context: ParsingContext) => ParsingResult | null;

export function newsParser(pattern: RegExp, extract: Extract): Parser {
  return { pattern: () => pattern, extract: (context, match) => extract(match, referenceOf(context), context) };
}

/** A result over the whole match (or over `text` at `offset` within it) with the given anchor and mark. */
export function marked(
  context: ParsingContext,
  match: RegExpMatchArray,
  components: Partial<Record<Component, number>>,
  m: Mark,
  span: { readonly offset: number; readonly text: string } = { offset: 0, text: match[0] },
): ParsingResult {
  return mark(context.createParsingResult(match.index! + span.offset, span.text, components), m);
}

export const ymd = (d: YMD): Partial<Record<Component, number>> => ({ year: d.year, month: d.month, day: d.day });

/** Small counts written out or as digits: "two days later", "a year earlier", "3 weeks ago". */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
export const COUNT = `(?:\\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)`;
export const countOf = (word: string): number => COUNT_WORDS[word.toLowerCase()] ?? Number(word);
