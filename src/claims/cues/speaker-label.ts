// "TAPPER: And obviously, you’re supporting Donald Trump …", "MR. KIRBY: We have seen the reports":
// a transcript turn. An upper-case name and a colon open the paragraph; the rest of the paragraph is
// what that speaker said, and the colon is the cue.
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { trimSpan } from '../spans.js';
import { isNotSpeaker } from '../not-speakers.js';

const RULE = 'claims/speaker-label';
/** One to four upper-case words (initials, titles, hyphens and apostrophes allowed), a colon, then text on the same line. */
const LABEL = /^(\p{Lu}[\p{Lu}.'’-]*(?:[ \t]+\p{Lu}[\p{Lu}.'’-]*){0,3}):[ \t]+(?=\S)/u;
/** "Matthews: Well, speculation is bad.": one to three capitalised words, a turn only when they name a person. */
const NAME_LABEL = /^(\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,2}):[ \t]+(?=\S)/u;

export const speakerLabel: CueRecognizer = (doc) => {
  const { text, sentences, zones, entities } = doc;
  // "BAGHDAD: …" is a dateline, not a speaker.
  const placeAt = (start: number, end: number) =>
    zones.some((z) => z.kind === 'dateline' && z.start < end && start < z.end) ||
    entities.some((e) => e.type === 'place' && e.mentions.some((m) => m.start === start && m.end === end));
  // …while a capitalised label is a turn only when it names a person of the document, in full or by surname.
  const personAt = (start: number, end: number) => {
    const label = text.slice(start, end);
    return entities.some(
      (e) => e.type === 'person' && (e.mentions.some((m) => m.start === start && m.end === end) || e.name === label || e.name.split(/\s+/).at(-1) === label),
    );
  };
  const out: ClaimCandidate[] = [];
  sentences.forEach((sentence, index) => {
    if (index > 0 && sentences[index - 1]!.paragraph === sentence.paragraph) return;
    const opening = text.slice(sentence.start, sentence.end);
    const upper = LABEL.exec(opening);
    const label = upper && upper[1]!.replace(/[^\p{Lu}]/gu, '').length >= 2 ? upper : NAME_LABEL.exec(opening);
    const name = label?.[1];
    if (!name || isNotSpeaker(name)) return;
    if (label !== upper && !personAt(sentence.start, sentence.start + name.length)) return;
    let last = index;
    while (last + 1 < sentences.length && sentences[last + 1]!.paragraph === sentence.paragraph) last++;
    const colon = sentence.start + name.length;
    if (placeAt(sentence.start, colon)) return;
    const content = trimSpan(text, { start: sentence.start + label[0].length, end: sentences[last]!.end }, /\s/);
    if (content.end - content.start < 8) return;
    out.push({ cue: { start: colon, end: colon + 1 }, source: { start: sentence.start, end: colon }, content: [content], rule: RULE });
  });
  return out;
};
