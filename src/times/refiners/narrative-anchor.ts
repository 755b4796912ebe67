// Resolves what narrative.ts and clock-time.ts left relative: against the last date the text
// established before them (an explicit date, or one resolved from the reference such as
// "yesterday"), else against the reference. A year-on-year comparison ("a year earlier") takes
// the period it compares with only from its own or the previous sentence; further back, the
// writer means a year before the reference.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, addMonths, weekdayFrom, type YMD } from '../calendar.js';
import { markOf, rebuilt, type Grain, type Mark } from '../marks.js';
import { newsOption } from '../option.js';

interface Anchor {
  readonly day: YMD;
  readonly mark: Mark | null;
  readonly grain: Grain;
  readonly sentence: number;
}

/** The granularity a result states: its mark's, else its most precise certain component. */
const grainOf = (r: ParsingResult, m: Mark | null): Grain =>
  m?.grain ?? (r.start.isCertain('day') || r.start.isCertain('weekday') ? 'day' : r.start.isCertain('month') ? 'month' : 'year');
const dayOf = (r: ParsingResult): YMD => ({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! });

function shifted(d: YMD, unit: NonNullable<Mark['narrative']>['unit'], amount: number): YMD {
  if (unit === 'day') return addDays(d, amount);
  if (unit === 'week') return addDays(d, 7 * amount);
  if (unit === 'month') return addMonths(d, amount);
  if (unit === 'quarter') return addMonths(d, 3 * amount);
  return { ...d, year: d.year + amount };
}

export const narrativeAnchor: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    const { sentenceAt } = newsOption(context);
    let anchor: Anchor | null = null;
    return results.map((r) => {
      const m = markOf(r);
      const n = m?.narrative;
      const sentence = sentenceAt(r.index);
      let out = r;
      if (n && anchor) {
        const near = sentence - anchor.sentence <= 1;
        if (n.inherit && near) {
          // Take the compared period's grain (quarter, month, season…) and its other marks.
          const { narrative: _drop, rule: _rule, ...period } = anchor.mark ?? {};
          out = rebuilt(context, r, shifted(anchor.day, n.unit, n.amount), { grain: anchor.grain, ...period, rule: m!.rule });
        } else if (!n.inherit) {
          const base = shifted(anchor.day, n.unit, n.amount);
          const day = n.weekday !== undefined ? weekdayFrom(base, n.weekday, n.amount < 0 ? -1 : 1) : base;
          const time = r.start.isCertain('hour') ? { hour: r.start.get('hour')!, minute: r.start.get('minute') ?? 0 } : {};
          const { narrative: _resolved, ...rest } = m!;
          out = rebuilt(context, r, { ...day, ...time }, rest);
        }
      }
      const om = markOf(out);
      const dated = !om?.ref && !om?.duration && !(om?.narrative && !anchor) && (out.start.isCertain('day') || out.start.isCertain('month') || out.start.isCertain('year') || om?.grain !== undefined);
      // A clock time alone does not move the narrative to the reference day.
      if (dated && !(m?.rule === 'times/clock-time' && !anchor)) anchor = { day: dayOf(out), mark: om, grain: grainOf(out, om), sentence };
      return out;
    });
  },
};
