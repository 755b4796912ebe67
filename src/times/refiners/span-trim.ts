// chrono's spans carry the preposition and punctuation around a date ("on Tuesday", "On Monday,",
// "at 3pm"); the expression itself is what lies inside ("Tuesday", "Monday", "3pm").
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';

const LEAD = /^(?:(?:on|at|in|by|for|during|over|within|from|since|until|of)\s+|[,(]\s*)+/i;
const TRAIL = /[\s,.;:)]+$/;

export const spanTrim: Refiner = {
  refine: (_context: ParsingContext, results: ParsingResult[]) =>
    results.map((r) => {
      const lead = r.text.match(LEAD)?.[0].length ?? 0;
      const text = r.text.slice(lead).replace(TRAIL, '');
      if (!text || (lead === 0 && text.length === r.text.length)) return r;
      const copy = r.clone();
      copy.index = r.index + lead;
      copy.text = text;
      copy.addTags(r.tags());
      return copy;
    }),
};
