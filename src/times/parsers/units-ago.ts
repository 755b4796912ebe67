// "two days ago", "six weeks ago", "three years ago": counted back from the reference, at the
// granularity of the unit (TIMEX3: a date, a week, a month, a year). Vague counts ("a few days
// ago") are reference-words.ts; "a year ago" compares periods and is narrative.ts.
import { addDays, addMonths } from '../calendar.js';
import type { Grain } from '../marks.js';
import { COUNT, countOf, marked, newsParser, ymd } from '../parser.js';

const PATTERN = new RegExp(`(?<![\\w-])(?:(?:about|nearly|almost|some|more\\s+than|over|just|only)\\s+)?(${COUNT})\\s+(day|week|month|year|decade)s?\\s+ago(?![\\w-])`, 'i');

export const unitsAgo = newsParser(PATTERN, (match, ref, context) => {
  const n = countOf(match[1]!);
  const unit = match[2]!.toLowerCase();
  const day = unit === 'day' ? addDays(ref, -n) : unit === 'week' ? addDays(ref, -7 * n) : unit === 'month' ? addMonths(ref, -n) : { ...ref, year: ref.year - n * (unit === 'decade' ? 10 : 1) };
  const grain: Grain = unit === 'decade' ? 'year' : (unit as Grain);
  return marked(context, match, ymd(day), { rule: 'times/units-ago', grain });
});
