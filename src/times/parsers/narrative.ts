// Expressions that count from the date the narrative last established, not from the publication
// date: "two days later", "the next day", "the following week", "that year", "the day before",
// "the following Monday", and the year-on-year comparisons of business news ("a year earlier",
// "a year ago", "the year-earlier quarter", "last year's quarter"), which take the granularity of
// the period they compare with. narrative-anchor.ts resolves them; the components set here are
// the fallback when the text established no date before them.
import { addDays, addMonths, weekdayFrom } from '../calendar.js';
import type { Grain, Mark, ShiftUnit } from '../marks.js';
import { COUNT, countOf, marked, newsParser, ymd } from '../parser.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const UNIT = '(day|week|month|year|quarter)s?';
const PATTERN = new RegExp(
  [
    // 1: a year-on-year comparison; before the counted form, which would read "a year earlier" as a shift
    `((?:the\\s+)?(?:comparable\\s+|same\\s+)?year[\\s-](?:earlier|ago)(?:\\s+(?:third|second|first|fourth)(?:\\s+fiscal)?)?(?:\\s+(?:quarter|period|month|week))?|a\\s+year\\s+(?:earlier|ago|before)|last\\s+year['’]s\\s+(?:quarter|period)|the\\s+(?:same\\s+|corresponding\\s+|comparable\\s+)?(?:quarter|period)\\s+(?:a\\s+year\\s+(?:ago|earlier)|last\\s+year))`,
    // 2 count, 3 unit, 4 direction
    `(${COUNT})\\s+${UNIT}\\s+(later|earlier|afterwards?|before)`,
    // 5 direction, 6 unit
    `the\\s+(next|following|previous|preceding|same|prior)\\s+(day|week|month|year|morning|afternoon|evening|night)`,
    // 7 unit, 8 direction
    `the\\s+(day|week|month|year)\\s+(before|after)`,
    // 9 unit
    `that\\s+(day|week|month|year)`,
    // 10 direction, 11 weekday
    `the\\s+(following|next|previous|preceding)\\s+(${WEEKDAYS.join('|')})`,
    // 12 year: the compared period in a stated year ("the 1988 quarter", "in the 1989 period")
    `the\\s+((?:19|20)\\d\\d)\\s+(?:quarter|period)`,
  ]
    .map((p) => `(?:${p})`)
    .join('|'),
  'i',
);
const PARTS: Record<string, NonNullable<Mark['part']>> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const GRAIN: Record<ShiftUnit, Grain> = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
const RULE = 'times/narrative';

export const narrative = newsParser(PATTERN, (match, ref, context) => {
  const g = (i: number) => match[i]?.toLowerCase();
  if (g(1)) {
    // "the year-ago quarter" names the grain it compares; "a year earlier" takes the compared period's.
    const named = /\b(quarter|month|week)\b/.exec(g(1)!)?.[1] as Grain | undefined;
    // Without a period to compare with, a quarter is the last one reported (as quarter.ts reads "the latest quarter").
    const yearAgo = { ...ref, year: ref.year - 1 };
    const fallback = named === 'quarter' ? addMonths(yearAgo, -3) : yearAgo;
    const narrative = { unit: 'year' as const, amount: -1, inherit: true, ...(named ? { grain: named } : {}) };
    return marked(context, match, ymd(fallback), { rule: RULE, grain: named ?? 'year', narrative });
  }
  if (g(12)) {
    const year = Number(g(12));
    return marked(context, match, { year }, { rule: RULE, grain: 'year', narrative: { unit: 'year', amount: 0, inherit: true, year } });
  }
  if (g(11)) {
    const weekday = WEEKDAYS.indexOf(g(11)!);
    const forward = /following|next/.test(g(10)!);
    const amount = forward ? 1 : -1;
    return marked(context, match, ymd(weekdayFrom(addDays(ref, amount), weekday, amount)), { rule: RULE, grain: 'day', narrative: { unit: 'day', amount, weekday } });
  }
  let unitWord: string;
  let amount: number;
  if (g(2)) [unitWord, amount] = [g(3)!, countOf(g(2)!) * (/later|after/.test(g(4)!) ? 1 : -1)];
  else if (g(5)) [unitWord, amount] = [g(6)!, /next|following/.test(g(5)!) ? 1 : /same/.test(g(5)!) ? 0 : -1];
  else if (g(7)) [unitWord, amount] = [g(7)!, g(8) === 'after' ? 1 : -1];
  else [unitWord, amount] = [g(9)!, 0];
  const part = PARTS[unitWord];
  const unit: ShiftUnit = part ? 'day' : (unitWord as ShiftUnit);
  const fallback = unit === 'day' ? addDays(ref, amount) : unit === 'week' ? addDays(ref, 7 * amount) : unit === 'month' ? addMonths(ref, amount) : unit === 'quarter' ? addMonths(ref, 3 * amount) : { ...ref, year: ref.year + amount };
  return marked(context, match, ymd(fallback), { rule: RULE, grain: GRAIN[unit], narrative: { unit, amount }, ...(part ? { part } : {}) });
});
