// Years written out, as broadcast transcripts do: "nineteen ninety-six", "the year two thousand",
// "two thousand and one", "the winter of nineteen ninety-four" (the season parser sees digits only,
// so this one stands alone).
import { marked, newsParser } from '../parser.js';

const UNITS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
const TEENS: Record<string, number> = { ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19 };
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
const UNIT = Object.keys(UNITS).join('|');
const TWO_DIGITS = `(?:(${Object.keys(TENS).join('|')})(?:[\\s-](${UNIT}))?|(${Object.keys(TEENS).join('|')})|oh[\\s-](${UNIT}))`;
const PATTERN = new RegExp(`(?<![\\w-])(?:(?:the\\s+year\\s+)?(nineteen|eighteen)[\\s-]+${TWO_DIGITS}|(?:the\\s+year\\s+)?two\\s+thousand(?:\\s+(?:and\\s+)?(${UNIT}|${Object.keys(TEENS).join('|')}))?)(?![\\w-])`, 'i');

export const spelledYear = newsParser(PATTERN, (match, ref, context) => {
  const g = (i: number) => match[i]?.toLowerCase();
  const year = g(1)
    ? (g(1) === 'nineteen' ? 1900 : 1800) + (g(2) ? TENS[g(2)!]! + (g(3) ? UNITS[g(3)!]! : 0) : g(4) ? TEENS[g(4)!]! : UNITS[g(5)!]!)
    : 2000 + (g(6) ? (UNITS[g(6)!] ?? TEENS[g(6)!]!) : 0);
  // "two thousand" alone is as often a count; only "the year two thousand" is sure.
  if (!g(1) && !g(6) && !/^the\s+year/i.test(match[0])) return null;
  if (year > ref.year + 30) return null;
  return marked(context, match, { year }, { rule: 'times/spelled-year', grain: 'year' });
});
