// "last May", "next March", "this September": a month named with "last", "next" or "this".
// "last May" is the latest May before the reference's month, "next March" the first one after
// it, "this September" the reference's year's (chrono leaves "last May" unparsed).
import { marked, newsParser } from '../parser.js';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const PATTERN = new RegExp(`(?<![\\w-])(last|next|this|this\\s+past|this\\s+coming)\\s+(${MONTHS.join('|')})(?![\\w-])`, 'i');

export const relativeMonth = newsParser(PATTERN, (match, ref, context) => {
  const modifier = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const month = MONTHS.indexOf(match[2]!.toLowerCase()) + 1;
  const year =
    modifier === 'last' || modifier === 'this past'
      ? month < ref.month ? ref.year : ref.year - 1
      : modifier === 'next' || modifier === 'this coming'
        ? month > ref.month ? ref.year : ref.year + 1
        : ref.year;
  return marked(context, match, { year, month, day: 1 }, { rule: 'times/relative-month', grain: 'month' });
});
