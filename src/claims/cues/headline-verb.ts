// "UN Representative Strongly Condemns Terrorist Bombing in South Baghdad", "Ban Deplores Attack on
// Exile Camp": a press-release headline in title case, with its source, a present-tense cue verb
// and what was said. The tagger reads title-case words as names, so the cue verb is found by its
// form alone, and only in a headline: a line of its own, every word capitalised, no final stop.
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { cueParticles, isHeadlineCueVerb } from '../cue-lexicon.js';
import { rangeSpan } from '../spans.js';

const RULE = 'claims/headline-verb';
/** Short words a title-case headline may leave in lower case. */
const MINOR_WORD = /^(?:a|an|the|and|or|of|in|on|at|to|for|by|with|from|over|after|as|into|near)$/;
/** Longest headline read, in words. */
const MAX_WORDS = 16;

export const headlineVerb: CueRecognizer = (doc) => {
  const { text, tokens, sentences } = doc;
  const out: ClaimCandidate[] = [];
  let k = 0;
  sentences.forEach((sentence, index) => {
    while (k < tokens.length && tokens[k]!.end <= sentence.start) k++;
    let end = k;
    while (end < tokens.length && tokens[end]!.start < sentence.end) end++;
    const words = tokens.slice(k, end);
    const ownLine = (index === 0 || sentences[index - 1]!.paragraph !== sentence.paragraph) && !text.slice(sentence.start, sentence.end).includes('\n');
    const titleCase = words.every((t) => /^[A-Z0-9]/.test(t.text) || MINOR_WORD.test(t.text) || !/^[a-z]/i.test(t.text));
    if (!ownLine || !titleCase || words.length < 4 || words.length > MAX_WORDS || /[.!?]["”’]?$/.test(text.slice(sentence.start, sentence.end))) return;
    const verb = words.findIndex((t, i) => i > 0 && isHeadlineCueVerb(t.text));
    if (verb < 0) return;
    // "Strongly Condemns": a manner adverb belongs to neither source nor cue.
    let sourceEnd = verb;
    while (sourceEnd > 0 && /ly$/i.test(words[sourceEnd - 1]!.text)) sourceEnd--;
    let contentFrom = verb + 1;
    while (contentFrom < words.length && cueParticles(words[verb]!.text).includes(words[contentFrom]!.normal)) contentFrom++;
    // What was said needs two words at least ("Iraq Fears Grow" says nothing).
    if (sourceEnd === 0 || words.length - contentFrom < 2) return;
    out.push({
      cue: rangeSpan(words, { from: verb, to: contentFrom }),
      source: rangeSpan(words, { from: 0, to: sourceEnd }),
      content: [rangeSpan(words, { from: contentFrom, to: words.length })],
      rule: RULE,
    });
  });
  return out;
};
