// Years written out, as broadcast transcripts do: "nineteen ninety-six", "the year two thousand",
// "two thousand and one", with the month or season they may date ("January nineteen ninety-seven",
// "the winter of nineteen ninety-four"; the season parser sees digits only).
import { MONTH_NAMES, monthNumber } from '../calendar.js';
import { marked, newsParser } from '../parser.js';
import { SEASONS } from './season.js';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = Object.keys(UNITS).join('|');
const TWO_DIGITS = `(?:(${Object.keys(TENS).join('|')})(?:[\\s-](${UNIT}))?|(${Object.keys(TEENS).join('|')})|oh[\\s-](${UNIT}))`;
const PERIOD = `(?:(${MONTH_NAMES.join('|')})\\s+|(?:the\\s+)?(${Object.keys(SEASONS).join('|')})\\s+of\\s+)?`;
const PATTERN = new RegExp(`(?<![\\w-])${PERIOD}(?:(?:the\\s+year\\s+)?(nineteen|eighteen)[\\s-]+${TWO_DIGITS}|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${Object.keys(TEENS).join('|')}))?)(?![\\w-])`, 'i');

const RULE = 'times/spelled-year';

export const spelledYear = newsParser(PATTERN, (match, ref, context) => {
  // Groups 1 and 2 are the month and season, 3 on the year's words.
  const g = (i: number) => match[i + 2]?.toLowerCase();
  const year = g(1)
    ? (g(1) === 'nineteen' ? 1900 : 1800) + (g(2) ? TENS[g(2)!]! + (g(3) ? UNITS[g(3)!]! : 0) : g(4) ? TEENS[g(4)!]! : UNITS[g(5)!]!)
    : 2000 + (g(6) ? (UNITS[g(6)!] ?? TEENS[g(6)!]!) : 0);
  // "two thousand" alone is as often a count; "the year two thousand", "May two thousand" are sure.
  if (!g(1) && !g(6) && !match[1] && !match[2] && !/\bthe\s+year\s+two/i.test(match[0])) return null;
  if (year > ref.year + 30) return null;
  const season = match[2] ? SEASONS[match[2].toLowerCase()]! : null;
  if (match[1]) return marked(context, match, { year, month: monthNumber(match[1]), day: 1 }, { rule: RULE, grain: 'month' });
  if (season) return marked(context, match, { year, month: season.month, day: 1 }, { rule: RULE, grain: 'season', season: season.code });
  return marked(context, match, { year }, { rule: RULE, grain: 'year' });
});
