// Noun cues: "Trump's claim that Mexico will pay", "his criticism of the deal", "Clinton's decision to
// run", "They expressed support for the bill". The noun with its determiners and adjectives (and its
// preposition when the gold convention takes it: "criticism of", never "claim that") is the cue; the
// possessor, or the subject of the verb whose object the noun is, the source; the that-clause,
// infinitive or prepositional object after it the content. Which noun frames count, and whether they
// take their preposition, is learned from the PolNeAR train split (learned-cues.json, nounFrames).
import type { Span, Token } from '../../pipeline/document.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { isReceivingVerb, nounCueFrame } from '../cue-lexicon.js';
import { CONNECTOR, isClauseStart, phraseAfter, phraseBefore, phraseSpan, rangeSpan, sourceBefore, trimSpan, type TokenRange } from '../spans.js';
import { contentEnds } from './reported-speech.js';

export const NOUN_CUE_RULE = 'claims/noun-cue';
/** Words that open a clause as a noun's complement or a preposition's object ("questions about whether …"). */
const CLAUSE_OPENER = /^(?:that|to|whether|if|how|what|why|when|who|where)$/;
/** A relative clause after the object belongs to it ("criticism of a system that has favored the rich"). */
const RELATIVE = /^(?:who|whom|whose|which|that)$/;
/** Prepositions whose phrase belongs to the object before it (phraseAfter crosses of, for, in, on …). */
const OBJECT_PREPOSITION = /^(?:about|over|against|with|by|between|among)$/;

export const nounCue: CueRecognizer = (doc) => {
  const { text, tokens, sentences } = doc;
  const endOf = contentEnds(doc);
  const firsts = sentenceFirsts(tokens, sentences.length);
  const out: ClaimCandidate[] = [];
  tokens.forEach((t, i) => {
    const frame = nounCueFrame(tokens, i);
    if (!frame) return;
    const sentence = sentences[t.sentence]!;
    const first = firsts[t.sentence]!;
    let end = i;
    while (end < tokens.length && tokens[end]!.sentence === t.sentence) end++;
    const next = frame.takesNext ? i + 2 : i + 1;
    if (next >= end || relativeThat(tokens, next, end)) return;
    const { cueFrom, source } = leftOf(text, tokens, i, first);
    // A headline's noun names a topic ("Attacks on Sunnis in 3 Provinces") unless it has a possessor
    // ("Clinton's Claim That …").
    if (!source && inTitle(tokens, i, first, end)) return;
    const cue: Span = { start: tokens[cueFrom]!.start, end: tokens[next - 1]!.end };
    const opener = tokens[next]!;
    // A clause runs to the clause's end, but after the sentence's subject only to the main verb ("The
    // idea that the vote was rigged | has no basis"); an object is a noun phrase, with its relative clause.
    let contentEnd: number;
    if (CLAUSE_OPENER.test(opener.normal) && isClauseStart(text, tokens, source ? source.from : cueFrom, first)) contentEnd = tokens[subjectClauseEnd(tokens, next, end) - 1]!.end;
    else if (CLAUSE_OPENER.test(opener.normal) || opener.tags.includes('Gerund')) contentEnd = endOf(t.sentence, opener.start);
    else {
      let object = phraseAfter(text, tokens, next, end);
      if (!object) return;
      // "his remarks about a Gold Star family": the object keeps its own prepositional phrases.
      while (object.to + 1 < end && OBJECT_PREPOSITION.test(tokens[object.to]!.normal) && /^\s+$/.test(text.slice(tokens[object.to - 1]!.end, tokens[object.to]!.start))) {
        const more = phraseAfter(text, tokens, object.to + 1, end);
        if (!more) break;
        object = { from: object.from, to: more.to };
      }
      const after = tokens[object.to];
      contentEnd = after && object.to < end && RELATIVE.test(after.normal) && /^\s+$/.test(text.slice(tokens[object.to - 1]!.end, after.start)) ? endOf(t.sentence, opener.start) : rangeSpan(tokens, object).end;
    }
    const content = trimSpan(text, { start: opener.start, end: Math.min(contentEnd, sentence.end, stopAt(text, opener.start, contentEnd)) });
    if (content.end - content.start < 2) return;
    out.push({ cue, source: source ? phraseSpan(text, tokens, source) : null, content: [content], rule: NOUN_CUE_RULE });
  });
  return out;
};

/** Words of a noun phrase before its noun: "expressed (strong) support", "made a case", "has no plans". */
const PRENOMINAL = (t: Token): boolean =>
  !t.tags.includes('Possessive') && (['Adjective', 'Adverb', 'Determiner'].some((tag) => t.tags.includes(tag)) || /^(?:no|any|some|a|an|the)$/.test(t.normal));
/** A verb form after a determiner, past adverbs, is an adjective: "an impassioned defense", "the firmly held belief". */
function participle(tokens: readonly Token[], k: number, first: number): boolean {
  if (!tokens[k]!.tags.includes('Verb') || tokens[k]!.tags.includes('Auxiliary')) return false;
  let j = k - 1;
  while (j >= first && tokens[j]!.tags.includes('Adverb')) j--;
  return j >= first && (tokens[j]!.tags.includes('Determiner') || tokens[j]!.tags.includes('Possessive'));
}

/** Auxiliaries, modals and adverbs before a verb ("has long", "did not", "had to"). */
const VERB_MODIFIER = (t: Token): boolean => ['Auxiliary', 'Modal', 'Negative', 'Adverb', 'Copula'].some((tag) => t.tags.includes(tag));

/**
 * Where the cue of the noun at token `i` starts and who the source is. Gold cues take the noun's
 * determiners and adjectives along ("the idea", "harsh words about"); then
 *   a possessor is the source and stays out of the cue: "his support for", "Mr. Trump's claim that";
 *   a verb whose object the noun is joins the cue, its subject the source: "They expressed support
 *   for", "He avoided direct criticism of", "he had to withdraw a proposal to"; but a verb of
 *   receiving stays out and names no source ("Trump has faced criticism for …");
 *   otherwise no source is named ("the idea that …").
 */
function leftOf(text: string, tokens: readonly Token[], i: number, first: number): { cueFrom: number; source: TokenRange | null } {
  let k = i - 1;
  while (k >= first && i - k <= 5) {
    if (PRENOMINAL(tokens[k]!)) k--;
    else if (participle(tokens, k, first)) k--;
    else break;
  }
  const none = { cueFrom: k + 1, source: null };
  if (k < first || /[,;:"“”()]|[—–-]\s/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return none;
  const t = tokens[k]!;
  if (t.tags.includes('Possessive')) {
    if (t.tags.includes('Pronoun')) return { cueFrom: k + 1, source: { from: k, to: k + 1 } };
    const phrase = phraseBefore(text, tokens, k + 1, first);
    if (!phrase) return none;
    // "the wake of Trump's claim": the possessor, not the phrase it sits in (no connector crossed).
    let from = phrase.from;
    for (let j = phrase.from; j < k; j++) if (CONNECTOR.test(tokens[j]!.normal)) from = j + 1;
    return { cueFrom: k + 1, source: { from, to: k + 1 } };
  }
  if (!t.tags.includes('Verb') || isReceivingVerb(t)) return none;
  let from = k;
  for (;;) {
    while (from - 1 > first && VERB_MODIFIER(tokens[from - 1]!)) from--;
    if (!(from - 2 > first && tokens[from - 1]!.normal === 'to' && tokens[from - 2]!.tags.includes('Verb'))) break;
    from -= 2;
  }
  return { cueFrom: from, source: sourceBefore(text, tokens, from, first) };
}

/** Words that open a clause or an infinitive inside a clause: its verbs are not the main clause's. */
const SUBORDINATE = /^(?:that|which|who|whom|whose|and|or|but|because|if|when|while|where|as|than|to)$/;

/**
 * Where a that-clause or infinitive starting at token `from` ends when its noun is the sentence's
 * subject: before the next verb that follows a word of another kind ("that the vote was rigged | has
 * no basis", "to skip the debate | angered them"), or at `end`.
 */
function subjectClauseEnd(tokens: readonly Token[], from: number, end: number): number {
  let verb = false;
  let lexical = false;
  let gap = false;
  for (let k = from + 1; k < end; k++) {
    const t = tokens[k]!;
    if (t.tags.includes('Verb') && !t.tags.includes('Gerund')) {
      // …or a finite verb after a complete verb group ("was rigged | has").
      if (verb && (gap || (lexical && !['Infinitive', 'Participle', 'Particle'].some((tag) => t.tags.includes(tag))))) return k;
      verb = true;
      lexical ||= !['Auxiliary', 'Modal', 'Copula'].some((tag) => t.tags.includes(tag));
      gap = false;
    } else if (SUBORDINATE.test(t.normal)) verb = lexical = gap = false;
    else if (verb && !t.tags.includes('Adverb') && !t.tags.includes('Negative')) gap = true;
  }
  return end;
}

/** "an idea that was untrue": a "that" followed by its verb opens a relative clause, not the noun's content. */
function relativeThat(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]!.normal !== 'that') return false;
  let j = k + 1;
  while (j < end && tokens[j]!.tags.includes('Adverb')) j++;
  return j < end && tokens[j]!.tags.includes('Verb') && !tokens[j]!.tags.includes('Gerund');
}

/** Where a content ends early: a colon, a dash or a parenthesis it did not open ("to deport them: No"). */
function stopAt(text: string, start: number, end: number): number {
  const stop = /:\s|\s[―—–-]\s|―|\)/g;
  stop.lastIndex = start;
  for (let m = stop.exec(text); m && m.index < end; m = stop.exec(text)) {
    if (m[0] !== ')' || !text.slice(start, m.index).includes('(')) return m.index;
  }
  return end;
}

/** Short words a title-case headline may leave in lower case. */
const MINOR_WORD = /^(?:a|an|the|and|or|of|in|on|at|to|for|by|with|from|over|after|as|into|near|against|about)$/;

/** A capitalised noun in a headline: mid-sentence, or opening a sentence in which every word is capitalised. */
function inTitle(tokens: readonly Token[], i: number, first: number, end: number): boolean {
  if (!/^[A-Z]/.test(tokens[i]!.text)) return false;
  return i > first || tokens.slice(first, end).every((t) => !/^[a-z]/.test(t.text) || MINOR_WORD.test(t.text));
}

/** The first token of every sentence. */
function sentenceFirsts(tokens: readonly Token[], count: number): number[] {
  const out = new Array<number>(count).fill(0);
  for (let i = tokens.length - 1; i >= 0; i--) out[tokens[i]!.sentence] = i;
  return out;
}
