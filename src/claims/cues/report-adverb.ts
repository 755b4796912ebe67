// "The FBI is reportedly investigating the hack", "Google and Facebook have reportedly agreed …",
// "events that have reportedly left 47 killed": a report adverb attributes its clause to unnamed
// reports. The adverb is the cue, nobody is named as the source, and the content is the clause around
// it: its subject and its predicate. Before a cue verb ("reportedly said") the verb's claim has it.
import type { Span } from '../../pipeline/document.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { isCueHead } from '../cue-lexicon.js';
import { phraseBefore, rangeSpan, RELATIVE_PRONOUN, trimSpan } from '../spans.js';
import { contentEnds } from './reported-speech.js';

const RULE = 'claims/report-adverb';
const REPORT_ADVERB = /^(?:reportedly|allegedly|purportedly|reputedly)$/;
/** Auxiliaries between the subject and the adverb ("is reportedly", "have reportedly", "would reportedly"). */
const AUXILIARY = /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|may|might|should|did|does|do)$/;

export const reportAdverb: CueRecognizer = (doc) => {
  const { text, tokens } = doc;
  const endOf = contentEnds(doc);
  const out: ClaimCandidate[] = [];
  tokens.forEach((t, i) => {
    if (!REPORT_ADVERB.test(t.normal)) return;
    const next = tokens[i + 1];
    if (!next || next.sentence !== t.sentence || !next.tags.includes('Verb') || isCueHead(next, tokens[i + 2])) return;
    let from = i;
    while (from - 1 >= 0 && tokens[from - 1]!.sentence === t.sentence && AUXILIARY.test(tokens[from - 1]!.normal)) from--;
    let floor = from;
    while (floor - 1 >= 0 && tokens[floor - 1]!.sentence === t.sentence && from - floor < 40) floor--;
    // The subject: a relative pronoun standing for it, or the noun phrase before the auxiliaries.
    const subject = from - 1 >= floor && RELATIVE_PRONOUN.test(tokens[from - 1]!.normal) ? { from: from - 1, to: from } : phraseBefore(text, tokens, from, floor);
    if (!subject) return;
    const predicate = trimSpan(text, { start: next.start, end: endOf(t.sentence, next.start) }, /[\s,;:.—–-]/);
    if (predicate.end <= predicate.start) return;
    const before: Span = { start: rangeSpan(tokens, subject).start, end: tokens[i - 1]?.end ?? t.start };
    out.push({ cue: { start: t.start, end: t.end }, source: null, content: before.end > before.start ? [before, predicate] : [predicate], rule: RULE });
  });
  return out;
};
