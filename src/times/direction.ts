// Which occurrence a date without a stated year means ("the third quarter", "last summer"'s
// sibling "summer", "Ramadan", "December"): the latest one that began by the reference for past
// tense (the default: news reports what happened), the first one not yet over for future tense,
// and for holidays without a tense the one nearest to the reference.
import { compareDates, type YMD } from './calendar.js';
import type { Tense } from './option.js';

export interface Occurrence {
  readonly start: YMD;
  readonly end: YMD;
}

export function chooseYear(ref: YMD, tense: Tense, occurrence: (year: number) => Occurrence | null, fallback: 'past' | 'nearest' = 'past'): number {
  const years = [ref.year - 1, ref.year, ref.year + 1];
  const direction = tense === 'past' || tense === 'future' ? tense : fallback;
  if (direction === 'past') return [...years].reverse().find((y) => { const o = occurrence(y); return o && compareDates(o.start, ref) <= 0; }) ?? ref.year;
  if (direction === 'future') return years.find((y) => { const o = occurrence(y); return o && compareDates(o.end, ref) >= 0; }) ?? ref.year;
  const distance = (y: number): number => {
    const o = occurrence(y);
    if (!o) return Infinity;
    const day = (d: YMD) => Date.UTC(d.year, d.month - 1, d.day);
    return Math.max(0, day(o.start) - day(ref), day(ref) - day(o.end));
  };
  return years.reduce((best, y) => (distance(y) < distance(best) ? y : best), ref.year);
}
