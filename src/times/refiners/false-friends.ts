// Words and numbers that look like dates and are not: "May" the verb and the surname ("Theresa May
// said"), "march" the verb, "Sun" the company, a weekday in a name ("the Sunday Times"), stock
// prices and fractions read as clock times or dates ("rose 3 to 20", "at 2.46 billion", "12 3/4",
// "$6.25 a share"). A month alone counts only after a word that introduces a date or before a
// day or year; a clock time needs a colon, a.m./p.m., a zone or a clock word.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { markOf } from '../marks.js';

const AMBIGUOUS_WORDS = /^(?:may|march|mar|jan|sun|sat|wed|dec|mon)$/i;
const WEEKDAY_ABBREVIATIONS = /^(?:sun|mon|tue|wed|thu|fri|sat)[.,]?$/i;
const DATE_INTRO = /\b(?:in|of|since|by|until|till|last|next|this|early|late|mid|during|from|to|through|before|after|between|and|or|on|each|every|following)\s*-?$/i;
const NAME_AFTER = /^\s+(?:Times|Telegraph|Herald|Mirror|Express|Post|Mail|Observer|Tribune|Independent|Star|World|Sport|School|Trading)\b/;
const CLOCK = /\d:\d\d|\b\d{1,2}\s*(?:[ap]\.?m\b\.?)|\b(?:noon|midnight|midday|o'clock|morning|afternoon|evening|night|tonight|GMT|UTC|ET|EST|EDT|PST|CET)\b/i;
const TIME_UNITS = /^(?:in|within|for)?\s*(?:the|a|an|half)?\s*(?:sec|second|min|minute|hour|half)s?\b/i;

function isFriend(context: ParsingContext, r: ParsingResult): boolean {
  const s = r.start;
  const word = r.text.replace(/[^\w]/g, '');
  const before = context.text.slice(Math.max(0, r.index - 15), r.index);
  const after = context.text.slice(r.index + r.text.length, r.index + r.text.length + 20);
  if (AMBIGUOUS_WORDS.test(word) && !DATE_INTRO.test(before) && !/^,?\s+\d/.test(after)) return false;
  // "Sun", "Sat", "Wed" are weekdays only in a written date ("Sun, Oct 22" / "Sun. 22").
  if (WEEKDAY_ABBREVIATIONS.test(r.text.trim()) && !/^[.,]?\s*(?:\d|[A-Z][a-z]{2}\.?\s+\d)/.test(after)) return false;
  if (s.isCertain('weekday') && !s.isCertain('day') && NAME_AFTER.test(after)) return false;
  if (s.isCertain('hour') && !s.isCertain('day') && !s.isCertain('weekday') && !CLOCK.test(r.text)) return false;
  if (TIME_UNITS.test(r.text.trim())) return false;
  // "in several years" is no date; "six months after the February 9 attack" counts from an event.
  if (/\b(?:several|few|many|some)\b/i.test(r.text) || /\b(?:after|before)\s*$/i.test(r.text)) return false;
  // "12 3/4": a fraction after a whole number.
  if ((/^\d+\/\d+$/.test(r.text.trim()) && /\d\s+$/.test(before)) || /\b\d+\s+\d+\/\d+$/.test(r.text.trim())) return false;
  // "fell 7/8": an odd number of halves, quarters or eighths is a price move, not July 8.
  const fraction = /^(\d+)\/(2|4|8|16|32)$/.exec(r.text.trim());
  if (fraction && !s.isCertain('year') && Number(fraction[1]) % 2 === 1 && Number(fraction[1]) < Number(fraction[2])) return false;
  return true;
}

export const falseFriends: Refiner = {
  refine: (context: ParsingContext, results: ParsingResult[]) => results.filter((r) => markOf(r) !== null || isFriend(context, r)),
};
