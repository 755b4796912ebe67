// Countries, regions and cities from the gazetteer packages, found inside capitalised chunks (so a
// capital letter is required), longest match first: "United States", "Baghdad", "Diyala", "U.S.".
// A dateline in capitals ("PARIS", "NEW YORK") is looked up in title case.
import type { Candidate, Recognizer } from '../candidate.js';
import { isCityOnly, isPlaceName } from '../gazetteer.js';
import { SPEAKS_AFTER } from '../lexicon-sets.js';
import { nameChunks } from '../name-chunks.js';

const MAX_WORDS = 6;
const titleCase = (name: string) => name.replace(/\b([A-Z])([A-Z]+)\b/g, (_, first: string, rest: string) => first + rest.toLowerCase());

export const gazetteerPlaces: Recognizer = (doc) => {
  const out: Candidate[] = [];
  for (const { words } of nameChunks(doc)) {
    for (let i = 0; i < words.length; ) {
      let found = 0;
      for (let n = Math.min(MAX_WORDS, words.length - i); n > 0 && !found; n--) {
        const name = doc.text.slice(words[i]!.start, words[i + n - 1]!.end);
        if (isPlaceName(name) || (/^[A-Z]{4,}$|^[A-Z]+ [A-Z]+/.test(name) && isPlaceName(titleCase(name)))) found = n;
      }
      // A town that speaks is a person of the same name ("Bolton said"); a capital speaking stays a place.
      const speaks = found === 1 && isCityOnly(words[i]!.text) && SPEAKS_AFTER.test(doc.text.slice(words[i]!.end, words[i]!.end + 14));
      if (found && !speaks) out.push({ type: 'place', start: words[i]!.start, end: words[i + found - 1]!.end, rule: 'entities/gazetteer-places' });
      i += found || 1;
    }
  }
  return out;
};
