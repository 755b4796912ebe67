// chrono resolves a bare weekday to the nearest one; news speaks mostly of the past. A bare
// weekday is the latest one on or before the reference, or the first one on or after it under a
// future or planned verb (tense.ts) or after "effective". A month or month-day without a year
// takes its year from the verb the same way (direction.ts monthYear), and "this September" is the
// reference's year. Weekdays with "this", "last" or "next" keep chrono's reading.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, weekdayFrom } from '../calendar.js';
import { monthYear } from '../direction.js';
import { markOf, rebuilt } from '../marks.js';
import { newsOption, referenceOf } from '../option.js';

const MODIFIED = /\b(?:this|last|next|past|coming)\b/i;
const EFFECTIVE_BEFORE = /\beffective\s+(?:on\s+)?$/i;

export const tenseDirection: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.map((r) => {
      const s = r.start;
      if (markOf(r) || s.isCertain('year') || (MODIFIED.test(r.text) && !(/\bthis\b/i.test(r.text) && s.isCertain('month')))) return r;
      const ref = referenceOf(context);
      const tense = newsOption(context).tenseAt(r.index);
      // "effective Feb. 1" names when a change takes hold: announced ahead, whatever the verb.
      const direction = EFFECTIVE_BEFORE.test(context.text.slice(Math.max(0, r.index - 12), r.index)) ? 'future' : tense;
      const time = s.isCertain('hour') ? { hour: s.get('hour')!, minute: s.get('minute') ?? 0 } : {};
      // A range's end moves with its start ("from Monday to Wednesday", "July 23-25").
      const endShifted = (days: number, years: number) => {
        const e = r.end;
        if (!e) return undefined;
        const d = addDays({ year: e.get('year')! + years, month: e.get('month')!, day: e.get('day')! }, days);
        return e.isCertain('day') || e.isCertain('weekday') ? d : { year: d.year, month: d.month };
      };
      const startDay = { year: s.get('year')!, month: s.get('month')!, day: s.get('day')! };
      const weekdayDirection = direction === 'future' || direction === 'planned' ? 1 : -1;
      if (s.isCertain('weekday') && !s.isCertain('day')) {
        const d = weekdayFrom(ref, s.get('weekday')!, weekdayDirection);
        const days = (Date.UTC(d.year, d.month - 1, d.day) - Date.UTC(startDay.year, startDay.month - 1, startDay.day)) / 86400000;
        return rebuilt(context, r, { ...d, weekday: s.get('weekday')!, ...time }, null, endShifted(days, 0));
      }
      if (s.isCertain('month')) {
        const month = s.get('month')!;
        const day = s.isCertain('day') ? s.get('day')! : undefined;
        const year = /\bthis\b/i.test(r.text) ? ref.year : monthYear(ref, month, day, direction);
        // A bare weekday closing the range ("from Sept. 14 to Thursday") is read as it would be alone.
        const e = r.end;
        const end = e?.isCertain('weekday') && !e.isCertain('day') ? weekdayFrom(ref, e.get('weekday')!, weekdayDirection) : endShifted(0, year - startDay.year);
        return rebuilt(context, r, { year, month, ...(day === undefined ? {} : { day }), ...time }, null, end);
      }
      return r;
    }),
};
