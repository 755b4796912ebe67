// "last May", "next March", "this September": a month named with "last", "next" or "this".
// "last May" is the latest May before the reference's month, "next March" the first one after
// it, "this September" the reference's year's (chrono leaves "last May" unparsed). A month with a
// relative year ("June last year", "January of next year") is that month of that year.
import { MONTH_NAMES, monthNumber } from '../calendar.js';
import { marked, newsParser } from '../parser.js';

const MONTH = `(${MONTH_NAMES.join('|')})`;
const PATTERN = new RegExp(
  `(?<![\\w-])(?:(last|next|this|this\\s+past|this\\s+coming)\\s+${MONTH}|${MONTH}\\s+(?:of\\s+)?(last|next|this)\\s+year)(?![\\w-])`,
  'i',
);
const RULE = 'times/relative-month';

export const relativeMonth = newsParser(PATTERN, (match, ref, context) => {
  if (match[3]) {
    const month = monthNumber(match[3]);
    const shift = { last: -1, this: 0, next: 1 }[match[4]!.toLowerCase() as 'last' | 'this' | 'next'];
    return marked(context, match, { year: ref.year + shift, month, day: 1 }, { rule: RULE, grain: 'month' });
  }
  const modifier = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const month = monthNumber(match[2]!);
  const year =
    modifier === 'last' || modifier === 'this past'
      ? month < ref.month ? ref.year : ref.year - 1
      : modifier === 'next' || modifier === 'this coming'
        ? month > ref.month ? ref.year : ref.year + 1
        : ref.year;
  return marked(context, match, { year, month, day: 1 }, { rule: RULE, grain: 'month' });
});
