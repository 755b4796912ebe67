// A chrono result → TIMEX3 type and value. The mark (marks.ts) says how to read the anchor day:
// a week, a quarter, a season, a part of the day, a reference word, a duration. Unmarked results
// keep the granularity the text stated (chrono's known components), never what chrono implied:
// "July 2013" is 2013-07, not 2013-07-01. Clock times are written to the minute.
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import type { TimeType } from '../pipeline/document.js';
import { isoWeek, pad, quarterOf, type YMD } from './calendar.js';
import { markOf, type Grain, type Mark } from './marks.js';

export interface Timex {
  readonly type: TimeType;
  readonly value: string;
}

function byGrain(d: YMD, grain: Grain, season: string | undefined): string {
  const y = pad(d.year, 4);
  switch (grain) {
    case 'day':
      return `${y}-${pad(d.month)}-${pad(d.day)}`;
    case 'week':
      return isoWeek(d);
    case 'weekend':
      return `${isoWeek(d)}-WE`;
    case 'month':
      return `${y}-${pad(d.month)}`;
    case 'quarter':
      return `${y}-Q${quarterOf(d.month)}`;
    case 'half':
      return `${y}-H${d.month <= 6 ? 1 : 2}`;
    case 'season':
      return `${y}-${season ?? 'XX'}`;
    case 'year':
      return y;
    case 'decade':
      return y.slice(0, 3);
    case 'century':
      return y.slice(0, 2);
  }
}

export const toTimex = (result: ParsedResult): Timex | null => timexOf(result.start, markOf(result), result.text);

/** The value of one end of a result: its start, or the end of a range ("from Aug. 26 to Oct. 20"). */
export function timexOf(c: ParsedComponents, m: Mark | null, text: string): Timex | null {
  if (m?.ref) return { type: 'date', value: m.ref };
  if (m?.duration) return { type: 'duration', value: m.duration };
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const d = { year, month, day };
  if (m?.part) return { type: 'time', value: `${byGrain(d, 'day', undefined)}T${m.part}` };
  // "midnight on Saturday" closes Saturday: TIMEX3 writes it as hour 24 of that day.
  if (/\bmidnight\b/i.test(text) && (c.get('hour') ?? 0) === 0 && (c.isCertain('day') || c.isCertain('weekday'))) return { type: 'time', value: `${byGrain(d, 'day', undefined)}T24:00` };
  if (c.isCertain('hour')) return { type: 'time', value: `${byGrain(d, 'day', undefined)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` };
  if (m?.grain) return { type: 'date', value: byGrain(d, m.grain, m.season) };
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'date', value: byGrain(d, 'day', undefined) };
  if (c.isCertain('month')) return { type: 'date', value: byGrain(d, 'month', undefined) };
  if (c.isCertain('year')) return { type: 'date', value: byGrain(d, 'year', undefined) };
  return null;
}
