// Acronyms of organisations: an upper-case word ("UNAMI", "PMOI", "IRGC", "U.N.") or one with a
// single lower-case connective letter ("GoI"), unless the acronyms lexicon lists it as an ordinary
// abbreviation. Country codes are places and the gazetteer finds them first. Headlines written in
// capitals are skipped: there every word looks like an acronym.
import type { Candidate, Recognizer } from '../candidate.js';
import { isCommonWord } from '../gazetteer.js';
import { NOT_ACRONYMS } from '../lexicon-sets.js';
import { nameChunks } from '../name-chunks.js';

const ACRONYM = /^(?:[A-Z]{2,7}s?|[A-Z]+[a-z][A-Z]+|(?:[A-Z]\.){2,})$/;
const ROMAN = /^[IVXLCDM]+$/;

export const acronyms: Recognizer = (doc) => {
  const out: Candidate[] = [];
  for (const chunk of nameChunks(doc)) {
    // Two words in capitals in a row are a shouted phrase ("MAKE AMERICA GREAT"), not acronyms.
    if (chunk.shouting || chunk.words.some((w, i) => i > 0 && /^\p{Lu}{2,}$/u.test(w.text) && /^\p{Lu}{2,}$/u.test(chunk.words[i - 1]!.text))) continue;
    for (const w of chunk.words) {
      if (!ACRONYM.test(w.text) || NOT_ACRONYMS.has(w.text) || isCommonWord(w.text) || ROMAN.test(w.text) || w.text.replace(/[^A-Z]/g, '').length > 7) continue;
      // A unit's number belongs to its acronym: "2nd BCT".
      const before = chunk.words[chunk.words.indexOf(w) - 1];
      const start = before && /^\d+(?:st|nd|rd|th)$/.test(before.text) ? before.start : w.start;
      out.push({ type: 'group', start, end: w.end, rule: 'entities/acronyms' });
    }
  }
  return out;
};
