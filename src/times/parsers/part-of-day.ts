// Parts of the day: "this morning", "yesterday afternoon", "Saturday night", "last night",
// "tonight", "overnight", "mid-afternoon yesterday". TIMEX3: 2013-02-09TMO / TAF / TEV / TNI.
// A weekday takes the verb's direction as bare weekdays do (tense-direction.ts).
import { addDays, weekdayFrom } from '../calendar.js';
import type { PartOfDay } from '../marks.js';
import { newsOption } from '../option.js';
import { marked, newsParser, ymd } from '../parser.js';

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const PARTS: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI', overnight: 'NI' };
const DAY = `(yesterday|today|tomorrow|this|last|${WEEKDAYS.join('|')})`;
const PATTERN = new RegExp(
  `(?<![\\w-])(?:${DAY}[\\s,]+(?:(?:early|late|mid)(?:[\\s-]|(?!night)))?(morning|afternoon|evening|night)|(?:early|late|mid)(?:[\\s-]|(?!night))(morning|afternoon|evening|night)(?:\\s+${DAY})?|(tonight|overnight))(?![\\w-])`,
  'i',
);

export const partOfDay = newsParser(PATTERN, (match, ref, context) => {
  const dayWord = (match[1] ?? match[4] ?? '').toLowerCase();
  const partWord = (match[2] ?? match[3] ?? match[5]!).toLowerCase();
  const part = PARTS[partWord]!;
  const weekday = WEEKDAYS.indexOf(dayWord);
  const tense = newsOption(context).tenseAt(match.index!);
  const day =
    weekday >= 0
      ? weekdayFrom(ref, weekday, tense === 'future' || tense === 'planned' ? 1 : -1)
      : dayWord === 'yesterday' || (dayWord === 'last' && part === 'NI')
        ? addDays(ref, -1)
        : dayWord === 'tomorrow'
          ? addDays(ref, 1)
          : dayWord === 'last'
            ? null
            : ref;
  if (!day) return null;
  return marked(context, match, ymd(day), { rule: 'times/part-of-day', grain: 'day', part });
});
