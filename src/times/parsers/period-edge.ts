// A part of a year or month: "early 2013", "mid-1996", "late last year", "the end of 2013",
// "year-end", "mid-July", "the end of the month", "early this week". TIMEX3 keeps the value of
// the whole period (the part goes in a modifier the scorer does not read): 2013, 2013-07.
import { addDays, addMonths } from '../calendar.js';
import { chooseYear } from '../direction.js';
import type { Grain } from '../marks.js';
import { newsOption } from '../option.js';
import { marked, newsParser } from '../parser.js';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const EDGE = '(?:(?:the\\s+)?(?:very\\s+)?(?:early|mid|late)|(?:the\\s+)?(?:end|beginning|start|middle|first\\s+half|second\\s+half|rest|remainder)\\s+of(?:\\s+the)?)';
const PATTERN = new RegExp(
  `(?<![\\w-])${EDGE}[\\s-]+(?:((?:19|20)\\d\\d)|(${MONTH})(?:,?\\s+((?:19|20)\\d\\d))?|(this|last|next|the)\\s+(year|month|week))(?![\\w-])` +
    `|(?<![\\w-])(?:(?:the\\s+)?(?:(this|last|next)\\s+)?year[\\s-]end|(?:the\\s+)?year's\\s+end)(?![\\w-])`,
  'i',
);
const RULE = 'times/period-edge';

export const periodEdge = newsParser(PATTERN, (match, ref, context) => {
  if (match[1]) return marked(context, match, { year: Number(match[1]) }, { rule: RULE, grain: 'year' });
  if (match[2]) {
    const month = MONTHS.indexOf(match[2].slice(0, 3).toLowerCase()) + 1;
    const year = match[3] ? Number(match[3]) : chooseYear(ref, newsOption(context).tenseAt(match.index!), (y) => ({ start: { year: y, month, day: 1 }, end: addMonths({ year: y, month, day: 1 }, 1) }));
    return marked(context, match, { year, month, day: 1 }, { rule: RULE, grain: 'month' });
  }
  const step = /last/i.test(match[4] ?? match[6] ?? '') ? -1 : /next/i.test(match[4] ?? match[6] ?? '') ? 1 : 0;
  const unit = (match[5] ?? 'year').toLowerCase() as Grain;
  const anchor = unit === 'week' ? addDays(ref, 7 * step) : unit === 'month' ? addMonths(ref, step) : { ...ref, year: ref.year + step };
  return marked(context, match, { year: anchor.year, month: anchor.month, day: anchor.day }, { rule: RULE, grain: unit });
});
