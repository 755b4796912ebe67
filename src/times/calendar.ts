// Calendar arithmetic on plain Y-M-D values, in UTC, so no answer depends on the machine's zone.

export interface YMD {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

export const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
export const formatDate = (d: YMD): string => `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
export const parseDate = (s: string): YMD => {
  const [year, month, day] = s.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};
export const addDays = (d: YMD, days: number): YMD => {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day + days));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
};
/** ISO 8601 week: `2013-W29`. */
export function isoWeek(d: YMD): string {
  const t = new Date(Date.UTC(d.year, d.month - 1, d.day));
  const weekday = t.getUTCDay() || 7;
  t.setUTCDate(t.getUTCDate() + 4 - weekday);
  const yearStart = Date.UTC(t.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((t.getTime() - yearStart) / 86400000 + 1) / 7);
  return `${t.getUTCFullYear()}-W${pad(week)}`;
}
/** Local-noon Date for chrono: chrono reads and writes local components, noon keeps DST shifts off the day. */
export const chronoReference = (d: YMD): Date => new Date(d.year, d.month - 1, d.day, 12);
