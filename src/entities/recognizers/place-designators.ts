// Places named with a designator: "Camp Liberty", "Forward Operating Base Falcon" (the designator
// opens the name), "Anbar province", "Rashid district", "Madain Qada" (it closes the name), and
// names before an outside designator, which stays out of the span ("the Karada area"; "Baghdad,
// Diyala, and Hilla provinces"; "camps Ashraf and Liberty").
import type { Candidate, Recognizer } from '../candidate.js';
import { isDemonym } from '../gazetteer.js';
import { DESIGNATORS, ORG_HEADS, prefixLength } from '../lexicon-sets.js';
import { nameChunks, type NameChunk } from '../name-chunks.js';

const BEFORE = DESIGNATORS.before.map((d) => d.split(/\s+/)).sort((a, b) => b.length - a.length);
const AFTER_WORDS = new Set(DESIGNATORS.after.flatMap((d) => d.split(/\s+/)));
const FOLLOWING = new RegExp(String.raw`^[ \t]+(${[...DESIGNATORS.after, ...DESIGNATORS.outside].join('|')})(?![\w-])`);
const OUTSIDE = new Set(DESIGNATORS.outside);
const LIST_GAP = /^(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)$/;
const PLURAL_BEFORE = /(?:^|[^\w])(?:camps|cities|towns|villages|provinces|districts)[ \t]+$/;

const isPlain = (c: NameChunk) => !c.words.some((w) => ORG_HEADS.has(w.text)) && !(c.words.length === 1 && isDemonym(c.words[0]!.text));

export const placeDesignators: Recognizer = (doc) => {
  const chunks = nameChunks(doc);
  const out: Candidate[] = [];
  const add = (start: number, end: number) => out.push({ type: 'place', start, end, rule: 'entities/place-designators' });
  /** Chunks listed before `i` ("A, B, and C provinces"), in the same sentence. */
  const listBefore = (i: number, add: (c: NameChunk) => void) => {
    for (let j = i - 1; j >= 0; j--) {
      const [c, next] = [chunks[j]!, chunks[j + 1]!];
      if (c.sentence !== next.sentence || !LIST_GAP.test(doc.text.slice(c.end, next.start)) || !isPlain(c)) break;
      add(c);
    }
  };
  chunks.forEach((chunk, i) => {
    const { words } = chunk;
    if (chunk.headline) return;
    const opened = prefixLength(words, 0, BEFORE);
    if (opened > 0 && opened < words.length) return add(chunk.start, chunk.end);
    if (words.length > 1 && AFTER_WORDS.has(words[words.length - 1]!.text) && isPlain(chunk)) return add(chunk.start, chunk.end);
    const following = FOLLOWING.exec(doc.text.slice(chunk.end));
    if (following && isPlain(chunk)) {
      const designator = following[1]!;
      if (OUTSIDE.has(designator)) {
        add(chunk.start, chunk.end);
        if (designator.endsWith('s')) listBefore(i, (c) => add(c.start, c.end));
      } else add(chunk.start, chunk.end + following[0].length);
      return;
    }
    // "camps Ashraf and Liberty"
    if (PLURAL_BEFORE.test(doc.text.slice(Math.max(0, chunk.start - 20), chunk.start)) && isPlain(chunk)) {
      add(chunk.start, chunk.end);
      for (let j = i + 1; j < chunks.length && chunks[j]!.sentence === chunk.sentence && LIST_GAP.test(doc.text.slice(chunks[j - 1]!.end, chunks[j]!.start)); j++) {
        add(chunks[j]!.start, chunks[j]!.end);
      }
    }
  });
  return out;
};
