// Calendar arithmetic on plain Y-M-D values, in UTC, so no answer depends on the machine's zone.

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** English month names, January first: index + 1 is the month number. */
export const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'] as const;
/** "March" → 3; 0 for a word that is no month name. */
export const monthNumber = (name: string): number => (MONTH_NAMES as readonly string[]).indexOf(name.toLowerCase()) + 1;

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const formatDate = (d: YMD): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const parseDate = (s: string): YMD => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
const fromUtc = (t: Date): YMD => ({ year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() });
export const addDays = (d: YMD, days: number): YMD => fromUtc(new Date(Date.UTC(d.year, d.month - 1, d.day + days)));
/** Adds months, keeping the day inside the target month (Jan 31 + 1 month = Feb 28). */
export function addMonths(d: YMD, months: number): YMD {
  const first = fromUtc(new Date(Date.UTC(d.year, d.month - 1 + months, 1)));
  return { ...first, day: Math.min(d.day, daysInMonth(first.year, first.month)) };
}
export const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();
/** 0 = Sunday … 6 = Saturday, as chrono and Date count. */
export const weekdayOf = (d: YMD): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
export const compareDates = (a: YMD, b: YMD): number => a.year - b.year || a.month - b.month || a.day - b.day;
export const quarterOf = (month: number): number => Math.ceil(month / 3);

/** ISO 8601 week: `2013-W29`. */
export function isoWeek(d: YMD): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}

/** The weekday `weekday` on or before `d` (direction -1) or on or after it (+1). */
export function weekdayFrom(d: YMD, weekday: number, direction: -1 | 1): YMD {
  const delta = direction < 0 ? -((weekdayOf(d) - weekday + 7) % 7) : (weekday - weekdayOf(d) + 7) % 7;
  return addDays(d, delta);
}

/** Local-noon Date for chrono: chrono reads and writes local components, noon keeps DST shifts off the day. */
export const chronoReference = (d: YMD): Date => new Date(d.year, d.month - 1, d.day, 12);
