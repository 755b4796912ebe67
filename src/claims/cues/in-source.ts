// "In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton",
// "In Forbes’ words, …": a sentence-initial "In" phrase headed by a poll, a survey or someone's words
// is the source of the clause after its comma, with "In" the cue.
import { z } from 'zod';
import { firstStartingAt } from '../../pipeline/document.js';
import { loadLexicon } from '../../pipeline/lexicon.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { isCueHead } from '../cue-lexicon.js';
import data from '../lexicons/source-nouns.json' with { type: 'json' };
import { trimSpan } from '../spans.js';

const RULE = 'claims/in-source';
const SOURCE_NOUNS = new Set(loadLexicon('claims/source-nouns', z.object({ nouns: z.array(z.string().min(1)) }), data).nouns);
/** The source phrase: at most this many characters between "In" and its comma. */
const MAX_SOURCE = 90;

export const inSource: CueRecognizer = (doc) => {
  const { text, tokens, sentences } = doc;
  const out: ClaimCandidate[] = [];
  for (const sentence of sentences) {
    const lead = /^\s*In\s/.exec(text.slice(sentence.start, sentence.end));
    if (!lead) continue;
    const cueStart = sentence.start + lead[0].indexOf('In');
    const comma = text.indexOf(',', cueStart);
    if (comma < 0 || comma >= sentence.end || comma - cueStart > MAX_SOURCE) continue;
    const first = firstStartingAt(tokens, cueStart + 2);
    if (first < 0) continue;
    let k = first;
    let headed = false;
    for (; k < tokens.length && tokens[k]!.end <= comma; k++) headed ||= SOURCE_NOUNS.has(tokens[k]!.normal) && tokens[k]!.tags.includes('Noun');
    if (!headed) continue;
    const content = trimSpan(text, { start: comma + 1, end: sentence.end });
    // "In a poll, most voters said …": the clause's own cue verb makes the claim.
    let ownCue = false;
    for (let j = k; j < tokens.length && tokens[j]!.start < content.end; j++) ownCue ||= isCueHead(tokens[j]!, tokens[j + 1]);
    if (ownCue || content.end - content.start < 8) continue;
    out.push({ cue: { start: cueStart, end: cueStart + 2 }, source: trimSpan(text, { start: tokens[first]!.start, end: comma }), content: [content], rule: RULE });
  }
  return out;
};
