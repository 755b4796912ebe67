// "last week", "this month", "next year", "the current quarter", "this weekend": the calendar unit
// itself, as TIMEX3 writes it (2013-W29, 2013-07, 2014, 2013-Q3, 2013-W30-WE), not a day inside it.
// A bare "the weekend" is the one before the reference, or the next one under a future verb; "the
// year", "the fiscal year" in news is the reference's year (matched with a preceding "in", which
// span-trim.ts drops again, so that chrono's "in the year", a year from now, is the shorter result).
import { addDays, addMonths, weekdayFrom } from '../calendar.js';
import type { Grain } from '../marks.js';
import { newsOption } from '../option.js';
import { marked, newsParser, ymd } from '../parser.js';

const PATTERN = /(?<![\w-])(last|this|next|this\s+past|the\s+past|the\s+previous|the\s+current|the\s+coming|the\s+latest)\s+(week|weekend|month|year|quarter)(?![\w-])|(?<![\w-])the\s+weekend(?![\w-])|(?<![\w-])(?:in\s+)?the\s+(?:full\s+|latest\s+fiscal\s+|current\s+fiscal\s+|fiscal\s+)?(year)(?![\w-])(?!\s+(?:before|after|earlier|later|ago))/i;
const GRAIN: Record<string, Grain> = { week: 'week', weekend: 'weekend', month: 'month', year: 'year', quarter: 'quarter' };

export const relativePeriod = newsParser(PATTERN, (match, ref, context) => {
  const unit = (match[2] ?? match[3] ?? 'weekend').toLowerCase();
  const modifier = (match[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const rule = 'times/relative-period';
  // "the past year" is a stretch of time ending now, a duration.
  if (modifier === 'the past' && unit !== 'weekend') return marked(context, match, {}, { rule, duration: `P1${unit === 'quarter' ? 'Q' : unit[0]!.toUpperCase()}` });
  const step = /last|previous|past/.test(modifier) ? -1 : /next|coming/.test(modifier) ? 1 : 0;
  if (unit === 'weekend') {
    const direction = step < 0 || (step === 0 && !['future', 'planned'].includes(newsOption(context).tenseAt(match.index!) ?? '')) ? -1 : 1;
    const saturday = weekdayFrom(step === 0 ? ref : addDays(ref, step * 7 - direction), 6, direction);
    return marked(context, match, ymd(saturday), { rule, grain: 'weekend' });
  }
  const anchor = unit === 'week' ? addDays(ref, 7 * step) : unit === 'month' ? addMonths(ref, step) : unit === 'quarter' ? addMonths(ref, 3 * step) : { ...ref, year: ref.year + step };
  return marked(context, match, ymd(anchor), { rule, grain: GRAIN[unit]! });
});
