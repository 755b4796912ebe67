// Organisations named by a head word: a capitalised chunk containing "Council", "Ministry",
// "Embassy", "Force", "Brigades", "Asa'ib"… ("Qods Force", "U.S. Embassy", "2nd Brigade Combat
// Team"), extended over "of/for/on (the)" when a capitalised name follows the head ("Government of
// Iraq", "National Council of Resistance of Iran", "Office of the Spokesperson"). A title inside the
// chunk ends the organisation ("Iraqi Police Chief Ahmed Ibrahim"); "Secretariat of the National
// Council …" names the inner organisation. A lower-case head ("the Iraqi government") is no name.
import type { Recognizer } from '../candidate.js';
import { ORG_HEADS, TITLES, prefixLength } from '../lexicon-sets.js';
import { nameChunks, type NameChunk } from '../name-chunks.js';

const CONNECTOR = /^[ \t]+(?:of|for|on)(?:[ \t]+the)?[ \t]+$/;
/** Media names are often written with a lower-case head: "Fars news agency". */
const LOWER_HEAD = /^[ \t]+news[ \t]+(?:agency|network|service)\b/;
const isHead = (w: { text: string }) => ORG_HEADS.has(w.text);
const hasHead = (c: NameChunk) => c.words.some(isHead);

export const orgNames: Recognizer = (doc) => {
  const chunks = nameChunks(doc);
  const out = [];
  for (let i = 0; i < chunks.length; i++) {
    const chunk = chunks[i]!;
    if (chunk.headline) continue;
    let words = chunk.words;
    const title = words.findIndex((_, k) => k > 0 && prefixLength(words, k, TITLES) > 0 && !isHead(words[k]!));
    if (title > 0) words = words.slice(0, title);
    const head = words.findIndex(isHead);
    if (head < 0 && !LOWER_HEAD.test(doc.text.slice(words[words.length - 1]!.end))) continue;
    let end = words[words.length - 1]!.end;
    let extended = false;
    // Extend over "of X", "for the X" while the organisation's name goes on.
    for (let j = i + 1, last = words.length === chunk.words.length ? chunk : undefined; last && j < chunks.length; j++) {
      const next = chunks[j]!;
      if (next.sentence !== chunk.sentence || !CONNECTOR.test(doc.text.slice(last.end, next.start))) break;
      // "Secretariat of the National Council …": the inner organisation is the name.
      if (hasHead(next) && /\bthe[ \t]+$/.test(doc.text.slice(last.end, next.start))) break;
      end = next.end;
      extended = true;
      last = next;
      i = j;
    }
    const onlyHeads = words.every(isHead);
    if (onlyHeads && !extended) continue;
    const agency = extended ? null : LOWER_HEAD.exec(doc.text.slice(end));
    out.push({ type: 'group' as const, start: words[0]!.start, end: end + (agency?.[0].length ?? 0), rule: 'entities/org-names' });
  }
  return out;
};
