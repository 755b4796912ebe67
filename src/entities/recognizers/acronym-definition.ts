// "Government of Iraq (GoI)", "United Nations Assistance Mission for Iraq (UNAMI)": a capitalised
// name followed by a parenthesised acronym whose letters are the name's initials. Both are groups
// unless another recognizer types the long form; the refiners merge the acronym into that entity.
import type { Candidate, Recognizer } from '../candidate.js';
import { NOT_ACRONYMS } from '../lexicon-sets.js';

// Matches start at a word's first letter only: without the lookbehind, a 20,000-letter word is
// rescanned from each of its letters.
const DEFINITION = /(?<![\w’'.-])((?:[A-Z][\w’'.-]*|of|the|for|and|on|in|de|al)(?:\s+(?:[A-Z][\w’'.-]*|of|the|for|and|on|in|de|al)){1,9})\s+\(([A-Z][A-Za-z.]{1,9})\)/g;

const initials = (name: string): string =>
  name
    .split(/\s+/)
    .filter((w) => /^[A-Z]/.test(w))
    .map((w) => w[0])
    .join('');

export const acronymDefinition: Recognizer = (doc) => {
  const out: Candidate[] = [];
  for (const m of doc.text.matchAll(DEFINITION)) {
    const [, longForm = '', acronym = ''] = m;
    if (NOT_ACRONYMS.has(acronym)) continue;
    const letters = acronym.replace(/[^A-Z]/g, '');
    const words = longForm.split(/\s+/);
    // Trim leading words until the initials fit the acronym.
    for (let i = 0; i < words.length; i++) {
      const tail = words.slice(i).join(' ');
      if (!/^[A-Z]/.test(tail)) continue;
      if (initials(tail) === letters || initials(tail).startsWith(letters.slice(0, -1)) && letters.length >= 3 && initials(tail).length === letters.length) {
        const start = m.index + longForm.length - tail.length;
        const acronymStart = m.index + m[0].length - 1 - acronym.length;
        out.push({ type: 'group', start, end: start + tail.length, rule: 'entities/acronym-definition' });
        out.push({ type: 'group', start: acronymStart, end: acronymStart + acronym.length, rule: 'entities/acronym-definition' });
        break;
      }
    }
  }
  return out;
};
