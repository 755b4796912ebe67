// What a chrono result means beyond its date components, carried as one chrono tag so that it
// survives chrono's own refiners (which copy tags when they clone or merge results). The
// components hold the anchor day; the mark says how to read it: a week, a quarter, a part of the
// day, a reference word, a duration, or a shift from the date the narrative last established.
import type { Component, ParsedResult, ParsingContext, ParsingResult } from 'chrono-node';

export const GRAINS = ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year', 'decade', 'century'] as const;
export type Grain = (typeof GRAINS)[number];
export type Reference = 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
export type PartOfDay = 'MO' | 'AF' | 'EV' | 'NI';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type ShiftUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface Mark {
  /** Provenance: `times/<file-stem>` of the parser that made the result. */
  readonly rule: string;
  readonly grain?: Grain;
  readonly ref?: Reference;
  readonly part?: PartOfDay;
  readonly season?: Season;
  /** TIMEX3 duration value (P6M): the result is a duration, not a point. */
  readonly duration?: string;
  /**
   * Resolve against the last date the text established, shifted by `amount` units
   * ("two days later", "the next day", "that year"); `inherit` takes that date's own grain
   * ("a year earlier" after "the third quarter" is the third quarter of the year before); with
   * `year`, the inherited period is moved to that year instead ("the 1988 quarter"); `grain` is
   * one the expression names itself ("the year-ago quarter").
   */
  readonly narrative?: {
    readonly unit: ShiftUnit;
    readonly amount: number;
    readonly inherit?: boolean;
    readonly weekday?: number;
    readonly year?: number;
    readonly grain?: Grain;
  };
}

const PREFIX = 'times/mark:';

export function mark<T extends ParsingResult>(result: T, m: Mark): T {
  result.addTag(PREFIX + JSON.stringify(m));
  return result;
}

export function markOf(result: ParsedResult): Mark | null {
  for (const tag of result.tags()) if (tag.startsWith(PREFIX)) return JSON.parse(tag.slice(PREFIX.length)) as Mark;
  return null;
}

/** A fresh result over the same text with new components (chrono's clone() drops tags, so refiners rebuild). */
export function rebuilt(
  context: ParsingContext,
  result: ParsedResult,
  components: Partial<Record<Component, number>>,
  m: Mark | null,
  end?: Partial<Record<Component, number>>,
): ParsingResult {
  const out = context.createParsingResult(result.index, result.text, components, end);
  for (const tag of result.tags()) if (!tag.startsWith(PREFIX)) out.addTag(tag);
  return m ? mark(out, m) : out;
}
