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

/** A tense read off the wrong verb is likelier than a date nearly a year away ("declared a dividend, payable Dec. 15"). */
const NEAR_DAYS = 62;
/** Without a verb to go by, only the next few months are likelier ahead than behind. */
const UNTENSED_AHEAD_DAYS = 92;
const dayNumber = (year: number, month: number, day: number): number => Date.UTC(year, month - 1, day) / 86400000;

/**
 * The year of a month ("in March", day undefined) or month-day ("Aug. 6") named without one: the
 * nearest occurrence within two months of the reference or under a merely planned verb; else the
 * next one under a future verb, or without a verb when it is at most three months ahead; else,
 * as news mostly reports what happened, the latest one begun by the reference.
 */
export function monthYear(ref: YMD, month: number, day: number | undefined, tense: Tense): number {
  const from = dayNumber(ref.year, ref.month, day === undefined ? 1 : ref.day);
  const distance = (y: number) => dayNumber(y, month, day ?? 1) - from;
  const nearest = [ref.year - 1, ref.year + 1].reduce((best, y) => (Math.abs(distance(y)) < Math.abs(distance(best)) ? y : best), ref.year);
  const ahead = distance(ref.year) < 0 ? ref.year + 1 : ref.year;
  const behind = distance(ref.year) > 0 ? ref.year - 1 : ref.year;
  if (Math.abs(distance(nearest)) <= NEAR_DAYS || tense === 'planned') return nearest;
  return tense === 'future' || (tense === null && distance(ahead) <= UNTENSED_AHEAD_DAYS) ? ahead : behind;
}
