// A part of a year or month: "early 2013", "mid-1996", "late last year", "the end of 2013",
// "year-end", "mid-July", "the end of the month", "early this week". TIMEX3 keeps the value of
// the whole period (the part goes in a modifier the scorer does not read): 2013, 2013-07. A half
// of a year is a calendar unit of its own: "the second half of 1989" is 1989-H2.
import { addDays, addMonths } from '../calendar.js';
import { monthYear } from '../direction.js';
import type { Grain } from '../marks.js';
import { newsOption } from '../option.js';
import { marked, newsParser } from '../parser.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
// Group 1: which half of a year ("the second half of 1989", "the first two quarters of 1990").
const EDGE = '(?:(?:the\\s+)?(?:very\\s+)?(?:early|mid|late)|(?:the\\s+)?(?:(first|second|last|latter)\\s+(?:half|two\\s+quarters)|end|beginning|start|middle|rest|remainder)\\s+of(?:\\s+the)?)';
const PATTERN = new RegExp(
  `(?<![\\w-])${EDGE}[\\s-]+(?:((?:19|20)\\d\\d)|(${MONTH})(?:,?\\s+((?:19|20)\\d\\d))?|(this|last|next|the)\\s+(year|month|week))(?![\\w-])` +
    `|(?<![\\w-])(?:(?:the\\s+)?(?:(this|last|next)\\s+)?year[\\s-]end|(?:the\\s+)?year's\\s+end)(?![\\w-])`,
  'i',
);
const RULE = 'times/period-edge';

export const periodEdge = newsParser(PATTERN, (match, ref, context) => {
  // A half of a year is a period of its own (TIMEX3 1989-H2); of a month or week it is only a part.
  const half = match[1] ? (/first/i.test(match[1]) ? 1 : 7) : null;
  const yearPart = (year: number) =>
    half ? marked(context, match, { year, month: half, day: 1 }, { rule: RULE, grain: 'half' }) : marked(context, match, { year }, { rule: RULE, grain: 'year' });
  if (match[2]) return yearPart(Number(match[2]));
  if (match[3]) {
    const month = MONTHS.indexOf(match[3].slice(0, 3).toLowerCase()) + 1;
    const year = match[4] ? Number(match[4]) : monthYear(ref, month, undefined, newsOption(context).tenseAt(match.index!));
    return marked(context, match, { year, month, day: 1 }, { rule: RULE, grain: 'month' });
  }
  const step = /last/i.test(match[5] ?? match[7] ?? '') ? -1 : /next/i.test(match[5] ?? match[7] ?? '') ? 1 : 0;
  const unit = (match[6] ?? 'year').toLowerCase() as Grain;
  if (unit === 'year') return yearPart(ref.year + step);
  const anchor = unit === 'week' ? addDays(ref, 7 * step) : addMonths(ref, step);
  return marked(context, match, { year: anchor.year, month: anchor.month, day: anchor.day }, { rule: RULE, grain: unit });
});
