// Holidays: "Ramadan", "the end of Ramadan", "Eid al-Fitr", "Eid al-Adha", "Ashura", "Nowruz",
// "Christmas", "Easter", "New Year's Day", with an optional year. Without one, the occurrence the
// verb points at, else the one nearest the reference (holidays.ts computes the days).
import { chooseYear } from '../direction.js';
import { holidayIn, type Holiday } from '../holidays.js';
import { newsOption } from '../option.js';
import { marked, newsParser, ymd } from '../parser.js';

const NAMES: readonly [Holiday, string][] = [
  ['end-of-ramadan', "(?:the\\s+)?end\\s+of\\s+(?:the\\s+(?:holy\\s+)?month\\s+of\\s+)?(?:Ramadan|Ramazan)"],
  ['ramadan', "(?:the\\s+(?:holy\\s+)?month\\s+of\\s+)?(?:Ramadan|Ramazan)"],
  ['eid-al-fitr', "Eid[\\s-](?:al|ul|el)[\\s-]Fitr"],
  ['eid-al-adha', "Eid[\\s-](?:al|ul|el)[\\s-]Adha"],
  ['ashura', "Ashura"],
  ['nowruz', "Nowruz|Norouz|Nowrouz|Newroz"],
  ['christmas-eve', "Christmas\\s+Eve"],
  ['christmas', "Christmas(?:\\s+Day)?"],
  ['easter', "Easter(?:\\s+Sunday)?"],
  ['new-year-eve', "New\\s+Year['’]s\\s+Eve"],
  ['new-year', "New\\s+Year['’]s(?:\\s+Day)?"],
];
const PATTERN = new RegExp(`(?<![\\w-])(?:${NAMES.map(([, p]) => `(${p})`).join('|')})(?:,?\\s+((?:19|20)\\d\\d))?(?![\\w-])`, 'i');

export const holiday = newsParser(PATTERN, (match, ref, context) => {
  const i = NAMES.findIndex((_, k) => match[k + 1] !== undefined);
  const name = NAMES[i]![0];
  const stated = match[NAMES.length + 1];
  const year = stated ? Number(stated) : chooseYear(ref, newsOption(context).tenseAt(match.index!), (y) => holidayIn(name, y), 'nearest');
  const occurrence = holidayIn(name, year);
  if (!occurrence) return null;
  return marked(context, match, ymd(occurrence.start), { rule: 'times/holiday', grain: 'day' });
});
