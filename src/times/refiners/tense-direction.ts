// chrono resolves a bare weekday to the nearest one and a month without a year by its own rule;
// news speaks mostly of the past. A weekday, month or month-day without a year is the latest one
// on or before the reference, or the first one on or after it under a future verb (tense.ts).
// Weekdays with "this", "last" or "next" keep chrono's reading.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { compareDates, weekdayFrom } from '../calendar.js';
import { markOf, rebuilt } from '../marks.js';
import { newsOption, referenceOf } from '../option.js';

const MODIFIED = /\b(?:this|last|next|past|coming)\b/i;

export const tenseDirection: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.map((r) => {
      const s = r.start;
      if (markOf(r) || MODIFIED.test(r.text) || s.isCertain('year')) return r;
      const ref = referenceOf(context);
      const tense = newsOption(context).tenseAt(r.index);
      const forward = tense === 'future';
      const time = s.isCertain('hour') ? { hour: s.get('hour')!, minute: s.get('minute') ?? 0 } : {};
      if (s.isCertain('weekday') && !s.isCertain('day')) {
        const d = weekdayFrom(ref, s.get('weekday')!, forward || tense === 'planned' ? 1 : -1);
        return rebuilt(context, r, { ...d, weekday: s.get('weekday')!, ...time }, null);
      }
      if (s.isCertain('month')) {
        const month = s.get('month')!;
        const day = s.isCertain('day') ? s.get('day')! : 1;
        const here = { year: ref.year, month, day };
        const cmp = compareDates(here, s.isCertain('day') ? ref : { ...ref, day: 1 });
        const year = forward ? (cmp < 0 ? ref.year + 1 : ref.year) : cmp > 0 ? ref.year - 1 : ref.year;
        return rebuilt(context, r, { year, month, ...(s.isCertain('day') ? { day } : {}), ...time }, null);
      }
      return r;
    }),
};
