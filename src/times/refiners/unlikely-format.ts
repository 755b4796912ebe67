// Replaces chrono's UnlikelyFormatFilter, which drops every all-digit result and so every bare
// year: digit-only results stay when a parser of ours vouched for them; invalid dates still go.
import type { ParsingContext, ParsingResult, Refiner } from 'chrono-node';
import { markOf } from '../marks.js';

export const unlikelyFormat: Refiner = {
  refine: (_context: ParsingContext, results: ParsingResult[]) =>
    results.filter((r) => r.start.isValidDate() && (!r.end || r.end.isValidDate()) && (markOf(r) !== null || !/^\d*(?:\.\d*)?$/.test(r.text.replace(' ', '')))),
};
