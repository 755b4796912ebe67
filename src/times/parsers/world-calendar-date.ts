// Dates written in the Hijri (lunar) or Solar Hijri calendar: "15 Sha'ban 1434", "Muharram 10,
// 1435 AH", "1 Farvardin 1392", "Tir 5, 1392". Converted through ICU (world-calendars.ts).
import { marked, newsParser, ymd } from '../parser.js';
import { toGregorian, worldYearOn, type WorldCalendar } from '../world-calendars.js';

const HIJRI = ['muharram', 'safar', "rabi[‘'’]?\\s*(?:al|ul)?[\\s-]?(?:awwal|i\\b)", "rabi[‘'’]?\\s*(?:al|ul|as)?[\\s-]?(?:thani|akhir|ii\\b)", 'jumada\\s*(?:al|ul)?[\\s-]?(?:awwal|ula|i\\b)', 'jumada\\s*(?:al|ul|as)?[\\s-]?(?:thani|akhirah|akhira|ii\\b)', 'rajab', "sha[‘'’]?ban", 'ramadan|ramazan', 'shawwal', "dhu\\s*(?:al|l)?[\\s-]?qa[‘'’]?dah?", 'dhu\\s*(?:al|l)?[\\s-]?hijjah?'];
const PERSIAN = ['farvardin', 'ordibehesht', 'khordad', 'tir', 'mordad|amordad', 'shahrivar', 'mehr', 'aban', 'azar', 'dey', 'bahman', 'esfand'];
const MONTHS: readonly [WorldCalendar, number, RegExp][] = [
  ...HIJRI.map((p, i): [WorldCalendar, number, RegExp] => ['islamic-umalqura', i + 1, new RegExp(`^(?:${p})$`, 'i')]),
  ...PERSIAN.map((p, i): [WorldCalendar, number, RegExp] => ['persian', i + 1, new RegExp(`^(?:${p})$`, 'i')]),
];
const MONTH = `(${[...HIJRI, ...PERSIAN].join('|')})`;
const YEAR = '(1[34]\\d\\d)(?:\\s*(?:AH|A\\.H\\.|SH|S\\.H\\.|AP))?';
const PATTERN = new RegExp(`(?<![\\w-])(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}|${MONTH}\\s+(\\d{1,2}),?\\s+${YEAR})(?![\\w-])`, 'i');

export const worldCalendarDate = newsParser(PATTERN, (match, ref, context) => {
  const monthName = (match[2] ?? match[4])!;
  const day = Number(match[1] ?? match[5]);
  const year = Number(match[3] ?? match[6]);
  const found = MONTHS.find(([, , re]) => re.test(monthName.replace(/\s+/g, ' ')));
  if (!found) return null;
  const [calendar, month] = found;
  // A Persian month name with a lunar-range year (or the reverse) is not this calendar's date.
  if (Math.abs(year - worldYearOn(calendar, ref)) > 200) return null;
  const gregorian = toGregorian(calendar, { year, month, day });
  return gregorian ? marked(context, match, ymd(gregorian), { rule: 'times/world-calendar-date', grain: 'day' }) : null;
});
