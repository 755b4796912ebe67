// The configured chrono instance, built once: casual English plus our parsers and refiners.
// Our parsers run first so that, where one of them and one of chrono's match the same text,
// chrono's overlap removal keeps ours (it keeps the earlier of two equally long results).
import * as chrono from 'chrono-node';
import { bareYear } from './parsers/bare-year.js';
import { clockTime } from './parsers/clock-time.js';
import { decade } from './parsers/decade.js';
import { duration } from './parsers/duration.js';
import { holiday } from './parsers/holiday.js';
import { narrative } from './parsers/narrative.js';
import { partOfDay } from './parsers/part-of-day.js';
import { periodEdge } from './parsers/period-edge.js';
import { quarter } from './parsers/quarter.js';
import { referenceWords } from './parsers/reference-words.js';
import { relativeMonth } from './parsers/relative-month.js';
import { relativePeriod } from './parsers/relative-period.js';
import { season } from './parsers/season.js';
import { spelledYear } from './parsers/spelled-year.js';
import { unitsAgo } from './parsers/units-ago.js';
import { worldCalendarDate } from './parsers/world-calendar-date.js';
import { markOf } from './marks.js';
import { apposition } from './refiners/apposition.js';
import { falseFriends } from './refiners/false-friends.js';
import { narrativeAnchor } from './refiners/narrative-anchor.js';
import { quantityClock } from './refiners/quantity-clock.js';
import { spanTrim } from './refiners/span-trim.js';
import { tenseDirection } from './refiners/tense-direction.js';
import { unlikelyFormat } from './refiners/unlikely-format.js';

/**
 * Order matters where two parsers match the same span: reference words before durations
 * ("the last few months" is PAST_REF, not a duration), narrative before units-ago ("a year ago"
 * compares periods), both before durations ("two days later" is not "two days").
 */
const PARSERS: readonly chrono.Parser[] = [
  referenceWords,
  narrative,
  unitsAgo,
  worldCalendarDate,
  holiday,
  quarter,
  periodEdge,
  decade,
  season,
  partOfDay,
  relativePeriod,
  relativeMonth,
  clockTime,
  duration,
  bareYear,
  spelledYear,
];

/**
 * After chrono's own refiners (merging, overlap removal): drop false friends, take quantities off
 * the dates chrono joined them to as clock times (before trimming, which then drops a left-over
 * "on"), trim prepositions and punctuation off the spans, give a restating date in parentheses its
 * neighbour's year (before tense-direction, which skips dated results), set the direction of bare
 * weekdays and months, then resolve narrative expressions in text order (each may anchor the next).
 */
const REFINERS: readonly chrono.Refiner[] = [unlikelyFormat, falseFriends, quantityClock, spanTrim, apposition, tenseDirection, narrativeAnchor];

/**
 * chrono's mergers would join our results to their neighbours ("on Friday. Now" as one date and
 * time), so they see only chrono's own results; overlap removal still sees all.
 */
const shielded = (refiner: chrono.Refiner): chrono.Refiner =>
  refiner.constructor.name === 'OverlapRemovalRefiner'
    ? refiner
    : {
        refine: (context, results) =>
          [...results.filter((r) => markOf(r)), ...refiner.refine(context, results.filter((r) => !markOf(r)))].sort((a, b) => a.index - b.index),
      };

function build(): chrono.Chrono {
  const instance = chrono.casual.clone();
  instance.parsers = [...PARSERS, ...instance.parsers];
  // chrono's UnlikelyFormatFilter drops every all-digit result, bare years included; ours replaces it.
  instance.refiners = [...instance.refiners.filter((r) => r.constructor.name !== 'UnlikelyFormatFilter').map(shielded), ...REFINERS];
  return instance;
}

export const newsChrono = build();
export type { ParsedResult } from 'chrono-node';
