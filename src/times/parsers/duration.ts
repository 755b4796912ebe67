// Stretches of time, typed `duration` with a TIMEX3 period (P6M, P34Y): "six months", "for 34
// years", "the past three days", "within 24 hours". They are not dates: they must not be resolved
// as "in six months" would be. Counted expressions that point at a date ("two days later", "three
// years ago") are matched first by narrative.ts and units-ago.ts.
import { COUNT, countOf, marked, newsParser } from '../parser.js';

const UNIT_CODES: Record<string, string> = { minute: 'TM', hour: 'TH', day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE' };
const PATTERN = new RegExp(
  `(?<![\\w-])(?:(?:for|over|within|during|lasting)\\s+)?(?:(?:the|these|those)\\s+)?(?:(?:past|last|next|first|coming|previous|following)\\s+)?(${COUNT}|\\d+|several|few|a\\s+few|many)\\s+(?:more\\s+|full\\s+|straight\\s+|consecutive\\s+)?(minute|hour|day|week|month|year|decade)s?(?![\\w-])(?!\\s+(?:ago|later|earlier|before|after|from\\s+now))`,
  'i',
);

export const duration = newsParser(PATTERN, (match, _ref, context) => {
  const count = /^\d+$|^(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/i.test(match[1]!) ? countOf(match[1]!) : null;
  const code = UNIT_CODES[match[2]!.toLowerCase()]!;
  const value = code.startsWith('T') ? `PT${count ?? 'X'}${code[1]}` : code === 'DE' ? `P${count === null ? 'X' : count * 10}Y` : `P${count ?? 'X'}${code}`;
  return marked(context, match, {}, { rule: 'times/duration', duration: value });
});
