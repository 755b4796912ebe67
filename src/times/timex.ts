// A chrono result → TIMEX3 value and type, from what the text stated (known components), never
// from what chrono implied: "July 2013" is 2013-07, not 2013-07-01.
import type { ParsedResult } from 'chrono-node';
import type { TimeType } from '../pipeline/document.js';
import { isoWeek, pad } from './calendar.js';

export interface Timex {
  readonly type: TimeType;
  readonly value: string;
}

export function toTimex(result: ParsedResult): Timex | null {
  const c = result.start;
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  const text = result.text.toLowerCase();
  if (/\bweek\b/.test(text) && !c.isCertain('day')) return { type: 'date', value: isoWeek({ year, month, day }) };
  if (c.isCertain('hour')) {
    return { type: 'time', value: `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(c.get('hour') ?? 0)}:${pad(c.get('minute') ?? 0)}` };
  }
  if (c.isCertain('day') || c.isCertain('weekday')) return { type: 'date', value: `${pad(year, 4)}-${pad(month)}-${pad(day)}` };
  if (c.isCertain('month')) return { type: 'date', value: `${pad(year, 4)}-${pad(month)}` };
  if (c.isCertain('year')) return { type: 'date', value: pad(year, 4) };
  return null;
}
