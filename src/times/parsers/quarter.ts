// Quarters and halves of the (fiscal) year: "the third quarter", "third-quarter", "the fiscal first
// quarter", "the 1998 second quarter", "the fourth quarter of 1990", "next year's first quarter",
// "the first half of 1990". Without a year, the latest such quarter begun by the reference, or
// the next one not yet over under a future verb. "the quarter" / "the latest quarter" refer back
// to the quarter the text is about (narrative-anchor.ts), by default the last completed one.
import { addMonths, quarterOf } from '../calendar.js';
import { chooseYear } from '../direction.js';
import { newsOption } from '../option.js';
import { marked, newsParser } from '../parser.js';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const PATTERN = new RegExp(
  "(?<![\\w-])(?:(this|last|next)\\s+year's\\s+|(?:the|its|a)\\s+)?(?:((?:19|20)\\d\\d)\\s+)?(?:(?:fiscal)[\\s-]+)?(first|1st|second|2nd|third|3rd|fourth|4th|final)[\\s-]+(?:(?:fiscal)[\\s-]+)?(quarter|half)(?:\\s+of\\s+(?:(?:fiscal|the)\\s+)?(?:((?:19|20)\\d\\d)|(this|last|next)\\s+year))?(?![\\w-])" +
    // chrono reads "in the quarter" as three months ahead; matching the preposition too (span-trim.ts
    // drops it again) keeps ours the longer result.
    '|(?<![\\w-])(?:(?:in|for|during)\\s+)?(the|that|this|its)\\s+(?:(latest|most\\s+recent|current|same|comparable|recent)\\s+)?(?:fiscal\\s+)?(?:quarter|period)(?![\\w-])',
  'i',
);
const RULE = 'times/quarter';

export const quarter = newsParser(PATTERN, (match, ref, context) => {
  if (match[7]) {
    const latest = (match[8] ?? '').toLowerCase();
    if (latest === 'current' || match[7].toLowerCase() === 'this') return marked(context, match, { year: ref.year, month: 3 * quarterOf(ref.month) - 2, day: 1 }, { rule: RULE, grain: 'quarter' });
    const previous = addMonths({ ...ref, day: 1 }, -3);
    return marked(context, match, { year: previous.year, month: 3 * quarterOf(previous.month) - 2, day: 1 }, { rule: RULE, grain: 'quarter', narrative: { unit: 'quarter', amount: 0 } });
  }
  const n = ORDINALS[match[3]!.toLowerCase()]!;
  const half = match[4]!.toLowerCase() === 'half';
  if (half && n > 2) return null;
  const firstMonth = half ? 6 * n - 5 : 3 * n - 2;
  const span = half ? 6 : 3;
  const relative = (match[1] ?? match[6])?.toLowerCase();
  const stated = match[2] ?? match[5];
  const year = stated
    ? Number(stated)
    : relative
      ? ref.year + (relative === 'last' ? -1 : relative === 'next' ? 1 : 0)
      : chooseYear(ref, newsOption(context).tenseAt(match.index!), (y) => ({ start: { year: y, month: firstMonth, day: 1 }, end: addMonths({ year: y, month: firstMonth, day: 1 }, span) }));
  return marked(context, match, { year, month: firstMonth, day: 1 }, { rule: RULE, grain: half ? 'half' : 'quarter' });
});
