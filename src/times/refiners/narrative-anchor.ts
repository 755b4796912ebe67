// Resolves what narrative.ts and clock-time.ts left relative: against the last date the text
// established before them (an explicit date, or one resolved from the reference such as
// "yesterday"), else against the reference. A year-on-year comparison ("a year earlier") takes
// the period it compares with, one reported on rather than forecast, only from its own or the
// previous sentence; further back, it compares with the quarter the story's lead reports on, and
// without one the writer means a year before the reference.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { addDays, addMonths, compareDates, quarterOf, weekdayFrom, type YMD } from '../calendar.js';
import { markOf, rebuilt, type Grain, type Mark } from '../marks.js';
import { newsOption, referenceOf, type Tense } from '../option.js';

type Narrative = NonNullable<Mark['narrative']>;

interface Anchor {
  readonly day: YMD;
  readonly mark: Mark | null;
  readonly grain: Grain;
  readonly sentence: number;
  readonly tense: Tense;
}

/** The granularity a result states: its mark's, else its most precise certain component. */
const grainOf = (r: ParsingResult, m: Mark | null): Grain =>
  m?.grain ?? (r.start.isCertain('day') || r.start.isCertain('weekday') ? 'day' : r.start.isCertain('month') ? 'month' : 'year');
const dayOf = (r: ParsingResult): YMD => ({ year: r.start.get('year')!, month: r.start.get('month')!, day: r.start.get('day')! });

function shifted(d: YMD, unit: Narrative['unit'], amount: number): YMD {
  if (unit === 'day') return addDays(d, amount);
  if (unit === 'week') return addDays(d, 7 * amount);
  if (unit === 'month') return addMonths(d, amount);
  if (unit === 'quarter') return addMonths(d, 3 * amount);
  return { ...d, year: d.year + amount };
}

/** The first day after an anchor's period. */
function periodEnd({ day, grain }: Anchor): YMD {
  const first = (month: number, months: number) => addMonths({ year: day.year, month, day: 1 }, months);
  switch (grain) {
    case 'day':
      return addDays(day, 1);
    case 'week':
    case 'weekend':
      return addDays(weekdayFrom(day, 1, -1), 7);
    case 'month':
      return first(day.month, 1);
    case 'quarter':
      return first(3 * quarterOf(day.month) - 2, 3);
    case 'half':
      return first(day.month <= 6 ? 1 : 7, 6);
    case 'season':
      return first(day.month, 3);
    default:
      return { year: day.year + 1, month: 1, day: 1 };
  }
}

const FINE_ENOUGH: Record<Narrative['unit'], readonly Grain[]> = {
  day: ['day'],
  week: ['day', 'week', 'weekend'],
  month: ['day', 'week', 'weekend', 'month'],
  // "the quarter", "the latest quarter" refer to the last quarter named, not to the quarter of any date.
  quarter: ['quarter'],
  year: ['day', 'week', 'weekend', 'month', 'quarter', 'half', 'season', 'year'],
};

/**
 * Which anchors an expression can count from: "two days later" needs a day, "a month later" at
 * least a month, "a year earlier" any period, "the year-ago quarter" a quarter. A comparison, and
 * "the latest quarter", take only a period reported on, not one forecast: it has begun, and under
 * a future or planned verb it is over ("expects to report a third-quarter loss", but not "expect
 * the trend to continue into the fourth quarter" or "losses through the third quarter of 1990").
 */
function usableFor(n: Narrative, ref: YMD): (a: Anchor) => boolean {
  const fineEnough = (a: Anchor) => (n.grain ? a.grain === n.grain : FINE_ENOUGH[n.inherit ? 'year' : n.unit].includes(a.grain));
  const reported = (a: Anchor) =>
    compareDates(a.day, ref) <= 0 && ((a.tense !== 'future' && a.tense !== 'planned') || compareDates(periodEnd(a), ref) <= 0);
  return (a) => fineEnough(a) && ((!n.inherit && n.unit !== 'quarter') || reported(a));
}

export const narrativeAnchor: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => {
    const { sentenceAt, tenseAt } = newsOption(context);
    const ref = referenceOf(context);
    const anchors: Anchor[] = [];
    return results.map((r) => {
      const m = markOf(r);
      // A clock time without a day told in the past ("forced their way in at around 3pm") is on the
      // day the narrative is at; in the present ("As of 9 am, 23 have been reported") it is today.
      const clockOnly = !m && r.start.isCertain('hour') && !r.start.isCertain('day') && !r.start.isCertain('weekday') && ['past', 'planned'].includes(tenseAt(r.index) ?? '');
      const n = m?.narrative ?? (clockOnly ? { unit: 'day' as const, amount: 0 } : undefined);
      const sentence = sentenceAt(r.index);
      const usable = n ? usableFor(n, ref) : () => false;
      const anchor = n ? [...anchors].reverse().find(usable) ?? null : null;
      // The quarter the story's lead reports on stays its topic: comparisons further back than the
      // previous sentence compare with it, not with a quarter mentioned in passing since.
      const topic = n?.inherit ? anchors.find((a) => usable(a) && (a.grain === 'quarter' || a.grain === 'half')) ?? null : null;
      let out = r;
      if (n && anchor) {
        const near = sentence - anchor.sentence <= 1;
        const compared = near ? anchor : topic;
        if (n.inherit && compared) {
          // Take the compared period's grain (quarter, month, season…), unless the expression names one, and its other marks.
          const { narrative: _drop, rule: _rule, ...period } = compared.mark ?? {};
          const day = n.year === undefined ? shifted(compared.day, n.unit, n.amount) : { ...compared.day, year: n.year };
          out = rebuilt(context, r, day, { ...period, grain: n.grain ?? compared.grain, rule: m!.rule });
        } else if (!n.inherit) {
          const base = shifted(anchor.day, n.unit, n.amount);
          const day = n.weekday !== undefined ? weekdayFrom(base, n.weekday, n.amount < 0 ? -1 : 1) : base;
          const time = r.start.isCertain('hour') ? { hour: r.start.get('hour')!, minute: r.start.get('minute') ?? 0 } : {};
          const { narrative: _resolved, ...rest } = m ?? { rule: 'times/chrono' };
          out = rebuilt(context, r, { ...day, ...time }, m ? rest : null);
        }
      }
      const om = markOf(out);
      const dated = !om?.ref && !om?.duration && (out.start.isCertain('day') || out.start.isCertain('month') || out.start.isCertain('year') || om?.grain !== undefined);
      // A clock time alone does not move the narrative to the reference day.
      // A comparison ("a year ago") points away from the story's time: it anchors nothing.
      if (dated && !(n && !anchor) && !n?.inherit) anchors.push({ day: dayOf(out), mark: om, grain: grainOf(out, om), sentence, tense: tenseAt(r.index) });
      return out;
    });
  },
};
