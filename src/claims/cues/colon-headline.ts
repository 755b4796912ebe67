// "Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment’", "NY Daily News: Paris
// Terror Attacks Highlight Threat": a name, a colon and what it said, opening a paragraph. With no
// verb, the colon is the cue. In running text only a quotation may follow the colon.
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { nlp } from '../../segment/nlp.js';
import { isNotSpeaker } from '../not-speakers.js';
import { phraseAfter, rangeSpan, trimSpan } from '../spans.js';

const RULE = 'claims/colon-headline';
/** A quoted fragment: an opening quote mark, words, a closing one (not the apostrophe of "Militias’"). */
const QUOTED_FRAGMENT = /[‘“"][^‘’“”"]{2,}[’”"]/;
/** Most words capitalised, as in a headline. */
const isTitleCase = (s: string): boolean => {
  const words = s.split(/\s+/).filter((w) => /^[\p{L}]/u.test(w));
  return words.length >= 2 && words.filter((w) => /^\p{Lu}/u.test(w)).length * 2 > words.length;
};

export const colonHeadline: CueRecognizer = (doc) => {
  const { text, tokens, sentences, quotations } = doc;
  const out: ClaimCandidate[] = [];
  let k = 0;
  sentences.forEach((sentence, index) => {
    while (k < tokens.length && tokens[k]!.end <= sentence.start) k++;
    const opensParagraph = index === 0 || sentences[index - 1]!.paragraph !== sentence.paragraph;
    const colon = text.indexOf(':', sentence.start);
    if (!opensParagraph || colon < 0 || colon >= sentence.end || colon - sentence.start > 60 || k >= tokens.length) return;
    // The name: up to six capitalised words or a noun phrase, ending at the colon.
    let to = k;
    while (to < tokens.length && tokens[to]!.end <= colon) to++;
    const words = tokens.slice(k, to);
    const phrase = phraseAfter(text, tokens, k, to);
    const named = words.length > 0 && words.length <= 6 && (words.every((t) => /^[A-Z0-9]/.test(t.text)) || phrase?.to === to);
    if (!named || tokens[to - 1]!.end !== colon || isNotSpeaker(text.slice(tokens[k]!.start, colon))) return;
    // "Clinton to Planned Parenthood:", "Obama on Syria:": a named speaker's addressee or topic is not the source.
    const cut = words.findIndex((t, i) => i > 0 && /^(?:to|on)$/.test(t.text) && words.slice(0, i).some((w) => w.tags.includes('Person') || w.tags.includes('ProperNoun')));
    const name = { from: k, to: cut > 0 ? k + cut : to };
    let at = colon + 1;
    while (/\s/.test(text[at] ?? '')) at++;
    const quote = quotations.find((q) => q.start === at);
    const headline = index === 0 || !/[.!?]["”’]?$/.test(text.slice(sentence.start, sentence.end));
    if (!quote && !headline) return;
    const content = quote ?? trimSpan(text, { start: at, end: sentence.end }, /[\s.]/);
    if (content.end - content.start < 8 || !/\s/.test(text.slice(content.start, content.end))) return;
    // A headline says something only with a verb or a quoted fragment ("Iraq: Pro-Government Militias’
    // Trail of Death" does not). Title case hides verbs from the tagger ("Anger Appeals to …", "Trump
    // Ties Clinton"), so such a headline is read again in lower case.
    const said = text.slice(content.start, content.end);
    const hasVerb = tokens.some((t) => t.start >= content.start && t.end <= content.end && t.tags.includes('Verb')) || (isTitleCase(said) && nlp(said.toLowerCase()).has('#Verb'));
    if (!quote && !QUOTED_FRAGMENT.test(said) && !hasVerb) return;
    out.push({ cue: { start: colon, end: colon + 1 }, source: rangeSpan(tokens, name), content: [content], rule: RULE });
  });
  return out;
};
