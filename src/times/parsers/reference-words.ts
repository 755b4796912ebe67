// Words that point at the present, the past or the future without naming a date: TIMEX3
// PRESENT_REF ("now", "currently", "at present"), PAST_REF ("recently", "the past", "a few days
// ago", "the last few months", "in past years", "the then-current price") and FUTURE_REF ("the
// coming days", "the near future"). Words that news uses as often without pointing at a time
// ("previously", "soon", "future" and "recent" as adjectives) are left out.
// Vague counts make a reference, not a date; exact ones ("six weeks ago") are units-ago.ts.
import { marked, newsParser } from '../parser.js';
import type { Reference } from '../marks.js';

const UNITS = '(?:days|weeks|months|years|decades|quarters)';
const VAGUE = '(?:few|several|many|some|couple\\s+of)';
const WORDS: readonly [Reference, string][] = [
  ['PRESENT_REF', `right\\s+now|now|currently|at\\s+present|at\\s+the\\s+moment|these\\s+days|nowadays|presently|the\\s+present|current(?!\\s+(?:of|account))`],
  ['PAST_REF', `then[\\s-]current|(?:the\\s+)?past\\s+${UNITS}|(?:the\\s+)?(?:last|past)\\s+${VAGUE}\\s+${UNITS}|(?:a\\s+)?${VAGUE}\\s+${UNITS}\\s+ago|(?:more\\s+)?recently|recent\\s+${UNITS}|lately|the\\s+past(?!\\s+(?:\\d|${VAGUE}|two|three|four|five|six|seven|eight|nine|ten|twelve|year|month|week|day|quarter|decade|century)\\b)`],
  ['FUTURE_REF', `the\\s+(?:near\\s+)?future|(?:the\\s+)?(?:coming|next\\s+${VAGUE})\\s+${UNITS}|the\\s+(?:near|short)\\s+term|as\\s+soon\\s+as\\s+possible|the\\s+${UNITS}\\s+ahead`],
];
const PATTERN = new RegExp(`(?<![\\w-])(?:${WORDS.map(([, w]) => `(${w})`).join('|')})(?![\\w-])`, 'i');

export const referenceWords = newsParser(PATTERN, (match, _ref, context) => {
  const i = WORDS.findIndex((_, k) => match[k + 1] !== undefined);
  const ref = WORDS[i]![0];
  return marked(context, match, {}, { rule: 'times/reference-words', ref });
});
