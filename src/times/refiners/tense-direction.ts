// chrono resolves a bare weekday to the nearest one; news speaks mostly of the past. A bare
// weekday is the latest one on or before the reference, or the first one on or after it under a
// future or planned verb (tense.ts). A month or month-day without a year follows a past or future
// verb the same way; without one it is the nearest ("payable Dec. 15"), and "this September" is
// the reference's year. Weekdays with "this", "last" or "next" keep chrono's reading.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, compareDates, weekdayFrom, type YMD } from '../calendar.js';
import { markOf, rebuilt } from '../marks.js';
import { newsOption, referenceOf } from '../option.js';

const NEAR_DAYS = 62;
const MODIFIED = /\b(?:this|last|next|past|coming)\b/i;

/** The year that puts month/day nearest the reference ("payable Dec. 15" in late October is ahead). */
function nearestYear(ref: YMD, month: number, day: number): number {
  const at = (y: number) => Math.abs(Date.UTC(y, month - 1, day) - Date.UTC(ref.year, ref.month - 1, ref.day));
  return [ref.year - 1, ref.year + 1].reduce((best, y) => (at(y) < at(best) ? y : best), ref.year);
}

export const tenseDirection: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.map((r) => {
      const s = r.start;
      if (markOf(r) || s.isCertain('year') || (MODIFIED.test(r.text) && !(/\bthis\b/i.test(r.text) && s.isCertain('month')))) return r;
      const ref = referenceOf(context);
      const tense = newsOption(context).tenseAt(r.index);
      const forward = tense === 'future';
      const time = s.isCertain('hour') ? { hour: s.get('hour')!, minute: s.get('minute') ?? 0 } : {};
      // A range's end moves with its start ("from Monday to Wednesday", "July 23-25").
      const endShifted = (days: number, years: number) => {
        const e = r.end;
        if (!e) return undefined;
        const d = addDays({ year: e.get('year')! + years, month: e.get('month')!, day: e.get('day')! }, days);
        return e.isCertain('day') || e.isCertain('weekday') ? d : { year: d.year, month: d.month };
      };
      const startDay = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! };
      if (s.isCertain('weekday') && !s.isCertain('day')) {
        const d = weekdayFrom(ref, s.get('weekday')!, forward || tense === 'planned' ? 1 : -1);
        const days = (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(startDay.year, startDay.month - 1, startDay.day)) / 86400000;
        return rebuilt(context, r, { ...d, weekday: s.get('weekday')!, ...time }, null, endShifted(days, 0));
      }
      if (s.isCertain('month')) {
        const month = s.get('month')!;
        const day = s.isCertain('day') ? s.get('day')! : 1;
        const here = { year: ref.year, month, day };
        const cmp = compareDates(here, s.isCertain('day') ? ref : { ...ref, day: 1 });
        // A tense read off the wrong verb is likelier than a date nearly a year away: within two
        // months of the reference the nearest reading stands ("declared a dividend, payable Dec. 15").
        const near = Math.abs(Date.UTC(ref.year, month - 1, day) - Date.UTC(ref.year, ref.month - 1, s.isCertain('day') ? ref.day : 1)) <= NEAR_DAYS * 86400000;
        const year = /\bthis\b/i.test(r.text)
          ? ref.year
          : tense === 'future' && !near
            ? cmp < 0 ? ref.year + 1 : ref.year
            : tense === 'past' && !near
              ? cmp > 0 ? ref.year - 1 : ref.year
              : nearestYear(ref, month, day);
        return rebuilt(context, r, { year, month, ...(s.isCertain('day') ? { day } : {}), ...time }, null, endShifted(0, year - startDay.year));
      }
      return r;
    }),
};
