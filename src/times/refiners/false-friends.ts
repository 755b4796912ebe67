// Words that look like dates and are not: "May" the verb and the surname ("Theresa May said"),
// "march" the verb, a weekday in a name ("the Sunday Times", "Bloody Sunday" stays: it is a
// date), a lone "second". A month alone counts only after a word that introduces a date or
// before a day or year.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { markOf } from '../marks.js';

const AMBIGUOUS_MONTHS = /^(?:may|march|mar|jan|sun|sat|wed|dec)\.?$/i;
const DATE_INTRO = /\b(?:in|of|since|by|until|till|last|next|this|early|late|mid|during|from|to|through|before|after|between|and|or|on|each|every|since|following)\s*-?$/i;
const NAME_AFTER = /^\s+(?:Times|Telegraph|Herald|Mirror|Express|Post|Mail|Observer|Tribune|Independent|Star|World|Sport|Morning|School|Trading)\b/;

export const falseFriends: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) =>
    results.filter((r) => {
      if (markOf(r)) return true;
      const before = context.text.slice(Math.max(0, r.index - 15), r.index);
      const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 20);
      if (AMBIGUOUS_MONTHS.test(r.text.trim()) && !DATE_INTRO.test(before) && !/^,?\s+\d/.test(after)) return false;
      if (r.start.isCertain('weekday') && !r.start.isCertain('day') && NAME_AFTER.test(after)) return false;
      return true;
    }),
};
