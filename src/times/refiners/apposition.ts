// A date in parentheses right after another expression restates it: "the end of Ramadan (August
// 8)". Without a year of its own it takes the year that puts it nearest the expression it
// restates, so both get the same value, as the guidelines ask.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { rebuilt } from '../marks.js';

export const apposition: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.map((r, i) => {
      const previous = results[i - 1];
      if (!previous || r.start.isCertain('year') || !r.start.isCertain('month')) return r;
      if (!/^\s*\(\s*$/.test(context.text.slice(previous.index + previous.text.length, r.index))) return r;
      const anchorYear = previous.start.get('year');
      const anchorMonth = previous.start.get('month');
      if (anchorYear === null || anchorMonth === null) return r;
      const month = r.start.get('month')!;
      const year = anchorYear + (month - anchorMonth > 6 ? -1 : anchorMonth - month > 6 ? 1 : 0);
      const day = r.start.isCertain('day') ? { day: r.start.get('day')! } : {};
      return rebuilt(context, r, { year, month, ...day }, null);
    }),
};
