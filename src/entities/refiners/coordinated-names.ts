// Names listed with a person are people: "Maliki and Faleh al-Fayaz", "Qais al-Khazali, Seyyed
// Rahim and Hamza". A capitalised chunk that no recognizer claimed, joined by a comma or "and" to a
// person mention, becomes one — repeatedly, so a whole list follows its first known member. Place
// names, demonyms and organisation words are never people.
import type { Doc } from '../../pipeline/document.js';
import type { Candidate } from '../candidate.js';
import { isCommonWord, isDemonym, isPlaceName } from '../gazetteer.js';
import { ORG_HEADS, TITLES } from '../lexicon-sets.js';
import { nameChunks, type NameChunk } from '../name-chunks.js';

/** "X, President-elect of …", "Y, Envoy to Iraq": an appositive role, not another name. */
const ROLE_AFTER = /^[ \t]+(?:of|to|for)\b|^-elect/;
const TITLE_WORDS = new Set(TITLES.flat());
/** Party and state tags ("R-Texas", "I-Vt") and words with an adjective ending in -ic ("Democratic"). */
const NOT_NAME = /^[RDI]-\p{Lu}|^\p{Lu}\p{Ll}+ic$/u;
const LIST_GAP = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;

export function addCoordinatedNames(doc: Doc<'sentences' | 'tokens'>, mentions: readonly Candidate[]): Candidate[] {
  const out = [...mentions];
  const tagsAt = new Map(doc.tokens.map((t) => [t.start, t.tags]));
  const free = (c: NameChunk) => !out.some((m) => m.start < c.end && c.start < m.end);
  const eligible = nameChunks(doc).filter(
    (c) =>
      !c.headline &&
      !c.words.some(
        (w) => ORG_HEADS.has(w.text) || TITLE_WORDS.has(w.text) || isDemonym(w.text) || isCommonWord(w.text) || NOT_NAME.test(w.text) || tagsAt.get(w.start)?.includes('Pronoun'),
      ) &&
      !isPlaceName(doc.text.slice(c.start, c.end)) &&
      !ROLE_AFTER.test(doc.text.slice(c.end, c.end + 6)),
  );
  const joined = (a: { end: number }, b: { start: number }) => a.end <= b.start && LIST_GAP.test(doc.text.slice(a.end, b.start));
  for (let added = true; added; ) {
    added = false;
    for (const c of eligible) {
      if (!free(c)) continue;
      const neighbours = out.filter((m) => joined(m, c) || joined(c, m));
      // Next to a place or a group as well, the list is not one of people.
      if (neighbours.some((m) => m.type === 'person') && neighbours.every((m) => m.type === 'person' || m.type === 'weapon')) {
        out.push({ type: 'person', start: c.start, end: c.end, rule: 'entities/coordinated-names' });
        added = true;
      }
    }
  }
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}
