// Holidays common in this genre and the day each falls on in a given Gregorian year. Islamic ones
// come from the Umm al-Qura calendar and Nowruz from the Solar Hijri one (world-calendars.ts);
// Easter from the Gregorian computus (Meeus/Jones/Butcher).
import { addDays, type YMD } from './calendar.js';
import type { Occurrence } from './direction.js';
import { toGregorian, worldYearOn, type WorldCalendar } from './world-calendars.js';

/** The holidays' keys as the holiday parser names them. */
export const HOLIDAYS = ['ramadan', 'end-of-ramadan', 'eid-al-fitr', 'eid-al-adha', 'ashura', 'nowruz', 'christmas', 'christmas-eve', 'easter', 'new-year', 'new-year-eve'] as const;
export type Holiday = (typeof HOLIDAYS)[number];

function easter(year: number): YMD {
  const a = year % 19, b = Math.floor(year / 100), c = year % 100, d = Math.floor(b / 4), e = b % 4;
  const f = Math.floor((b + 8) / 25), g = Math.floor((b - f + 1) / 3), h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4), k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** A day of a world calendar's month falling in Gregorian `year` (the first such if two do). */
function worldDay(calendar: WorldCalendar, month: number, day: number, year: number): YMD | null {
  const first = worldYearOn(calendar, { year, month: 1, day: 1 });
  for (const y of [first, first + 1]) {
    const g = toGregorian(calendar, { year: y, month, day });
    if (g && g.year === year) return g;
  }
  return null;
}

const day = (d: YMD | null): Occurrence | null => (d ? { start: d, end: d } : null);

export function holidayIn(holiday: Holiday, year: number): Occurrence | null {
  switch (holiday) {
    case 'ramadan': {
      const start = worldDay('islamic-umalqura', 9, 1, year);
      const end = start && worldDay('islamic-umalqura', 10, 1, start.year);
      return start ? { start, end: end ? addDays(end, -1) : start } : null;
    }
    // "The end of Ramadan" is the day it is marked: Eid al-Fitr, 1 Shawwal.
    case 'end-of-ramadan':
    case 'eid-al-fitr':
      return day(worldDay('islamic-umalqura', 10, 1, year));
    case 'eid-al-adha':
      return day(worldDay('islamic-umalqura', 12, 10, year));
    case 'ashura':
      return day(worldDay('islamic-umalqura', 1, 10, year));
    case 'nowruz':
      return day(worldDay('persian', 1, 1, year));
    case 'christmas':
      return day({ year, month: 12, day: 25 });
    case 'christmas-eve':
      return day({ year, month: 12, day: 24 });
    case 'easter':
      return day(easter(year));
    case 'new-year':
      return day({ year, month: 1, day: 1 });
    case 'new-year-eve':
      return day({ year, month: 12, day: 31 });
  }
}
