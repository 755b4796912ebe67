// chrono joins a number next to a date into its clock time: "after Jan. 1, 1990 at 1,015 francs a
// share" becomes 01:00, "fell 1.4%, or 6.43, on Friday" 06:43. A time read off a decimal or a
// number with thousands separators, with no a.m./p.m., zone or clock word, is a quantity: the
// date stays, without the time, and the span loses the number.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { markOf, rebuilt } from '../marks.js';

const DATE_COMPONENTS = ['year', 'month', 'day', 'weekday'] as const;
const CLOCK_WORDS = /:\d\d|\b[ap]\.?m\b|\b(?:noon|midnight|o'clock|GMT|UTC|EST|EDT|local\s+time)\b/i;
/** A decimal before the date ("6.43, on Friday"; span-trim.ts then drops the "on"). */
const LEADING_NUMBER = /^\d+\.\d+[,\s]*/;
/** A number after the date, cut off where it goes on past the span ("at 1" of "at 1,015"). */
const TRAILING_NUMBER = /[,\s]*(?:at\s+)?\d+$/;

function withoutQuantity(context: ParsingContext, r: ParsingResult): ParsingResult {
  const s = r.start;
  if (markOf(r) || !s.isCertain('hour') || !(s.isCertain('day') || s.isCertain('weekday')) || CLOCK_WORDS.test(r.text)) return r;
  const end = r.index + r.text.length;
  const lead = LEADING_NUMBER.exec(r.text)?.[0].length ?? 0;
  const trail = /^[.,]\d/.test(context.text.slice(end, end + 2)) ? (TRAILING_NUMBER.exec(r.text)?.[0].length ?? 0) : 0;
  const text = r.text.slice(lead, r.text.length - trail);
  if ((!lead && !trail) || !/\w/.test(text)) return r;
  const components = Object.fromEntries(DATE_COMPONENTS.filter((c) => s.isCertain(c)).map((c) => [c, s.get(c)!]));
  const out = rebuilt(context, r, components, null);
  out.index = r.index + lead;
  out.text = text;
  return out;
}

export const quantityClock: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => results.map((r) => withoutQuantity(context, r)),
};
