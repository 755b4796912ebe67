// Seasons: "last spring", "this summer", "the summer of 1994", "winter 2013", "in summer". TIMEX3:
// 1998-SU. "fall" counts only where it cannot be the verb or "the fall of Baghdad".
import { addMonths } from '../calendar.js';
import { chooseYear } from '../direction.js';
import type { Season } from '../marks.js';
import { newsOption } from '../option.js';
import { marked, newsParser } from '../parser.js';

export const SEASONS: Record<string, { code: Season; month: number }> = {
  spring: { code: 'SP', month: 3 }, summer: { code: 'SU', month: 6 }, fall: { code: 'FA', month: 9 }, autumn: { code: 'FA', month: 9 }, winter: { code: 'WI', month: 12 },
};
const PATTERN =
  /(?<![\w-])(?:(last|this|next|this\s+past|early|late|the\s+early|the\s+late|the|in|during|since|by|until|through|over)\s+)(spring|summer|fall|autumn|winter)(?:\s+(?:of\s+)?((?:19|20)\d\d))?(?![\w-])/i;

export const season = newsParser(PATTERN, (match, ref, context) => {
  const modifier = match[1]!.toLowerCase().replace(/\s+/g, ' ');
  const name = match[2]!.toLowerCase();
  const { code, month } = SEASONS[name]!;
  const after = context.text.slice(match.index! + match[0].length, match.index! + match[0].length + 12);
  if (!match[3] && /^\s+of\s/i.test(after)) return null;
  const occurrence = (y: number) => ({ start: { year: y, month, day: 1 }, end: addMonths({ year: y, month, day: 1 }, 3) });
  const year = match[3]
    ? Number(match[3])
    : modifier === 'last' || modifier === 'this past'
      ? chooseYear(ref, 'past', (y) => ({ start: occurrence(y).end, end: occurrence(y).end }))
      : modifier === 'next'
        ? chooseYear(ref, 'future', (y) => ({ start: occurrence(y).start, end: occurrence(y).start }))
        : modifier === 'this'
          ? ref.year
          : chooseYear(ref, newsOption(context).tenseAt(match.index!), occurrence);
  // The preposition is not part of the expression ("in summer" → "summer").
  const keep = /^(?:in|during|since|by|until|through|over)$/.test(modifier) ? match[0].slice(match[0].search(/\s/)).trimStart() : match[0];
  return marked(context, match, { year, month, day: 1 }, { rule: 'times/season', grain: 'season', season: code }, { offset: match[0].length - keep.length, text: keep });
});
