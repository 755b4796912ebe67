// Hijri (Umm al-Qura) and Solar Hijri dates → Gregorian, through the platform's ICU calendars
// (Intl.DateTimeFormat with `calendar`), not hand-made month tables. Dates are read in UTC.
import { addDays, type YMD } from './calendar.js';

export type WorldCalendar = 'islamic-umalqura' | 'persian';

const FORMATS: Record<WorldCalendar, Intl.DateTimeFormat> = {
  'islamic-umalqura': new Intl.DateTimeFormat('en-u-ca-islamic-umalqura', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }),
  persian: new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', year: 'numeric', month: 'numeric', day: 'numeric' }),
};
/** Gregorian year in which each calendar's year `y` mostly falls, to start the search near it. */
const APPROXIMATE_GREGORIAN: Record<WorldCalendar, (y: number) => number> = {
  'islamic-umalqura': (y) => Math.round(622 + (y * 354.367) / 365.2425),
  persian: (y) => y + 621,
};

function worldDate(calendar: WorldCalendar, d: YMD): YMD {
  const parts = FORMATS[calendar].formatToParts(new Date(Date.UTC(d.year, d.month - 1, d.day)));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day') };
}

const cache = new Map<string, YMD | null>();

/** The Gregorian day of `date` in `calendar`, or null when that day does not exist (30 Safar in a 29-day year). */
export function toGregorian(calendar: WorldCalendar, date: YMD): YMD | null {
  const key = `${calendar}:${date.year}-${date.month}-${date.day}`;
  if (cache.has(key)) return cache.get(key)!;
  // Binary search over days: the calendar date is monotonic in the Gregorian one.
  const origin: YMD = { year: APPROXIMATE_GREGORIAN[calendar](date.year) - 2, month: 1, day: 1 };
  let lo = 0;
  let hi = 366 * 5;
  const before = (a: YMD, b: YMD) => a.year - b.year || a.month - b.month || a.day - b.day;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(worldDate(calendar, addDays(origin, mid)), date) < 0) lo = mid + 1;
    else hi = mid;
  }
  const found = addDays(origin, lo);
  const result = before(worldDate(calendar, found), date) === 0 ? found : null;
  cache.set(key, result);
  return result;
}

/** The calendar's year that is current on Gregorian day `d`. */
export const worldYearOn = (calendar: WorldCalendar, d: YMD): number => worldDate(calendar, d).year;
