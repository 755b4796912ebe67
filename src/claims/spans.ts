// Span helpers for claims: trimming, noun-phrase sources before and after a cue, clause contents.
import type { Span, Token } from '../pipeline/document.js';

/** Shrinks a span past white space and the given edge characters. */
export function trimSpan(text: string, span: Span, edge = /[\s,;:.—–-]/): Span {
  let { start, end } = span;
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return { start, end };
}

const NP_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Determiner', 'Adjective', 'Possessive', 'Acronym', 'Value', 'Organization', 'Person', 'Place'];
const isNpToken = (t: Token): boolean => t.tags.some((tag) => NP_TAGS.includes(tag)) && !t.tags.includes('Verb') || /^(?:of|the)$/i.test(t.text);

/** The noun phrase ending right before token index `i` (exclusive), within the sentence, or null. */
export function nounPhraseBefore(text: string, tokens: readonly Token[], i: number): Span | null {
  let j = i - 1;
  const sentence = tokens[i]?.sentence;
  while (j >= 0 && tokens[j]!.sentence === sentence && isNpToken(tokens[j]!) && !/[,;:"“”]/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j--;
  if (j === i - 1) return null;
  let first = j + 1;
  while (first < i && /^(?:of|the)$/i.test(tokens[first]!.text) && tokens[first]!.text !== 'the') first++;
  return { start: tokens[first]!.start, end: tokens[i - 1]!.end };
}

/** The noun phrase starting at token index `i` (inclusive), within the sentence, or null. */
export function nounPhraseAfter(text: string, tokens: readonly Token[], i: number): Span | null {
  let j = i;
  const sentence = tokens[i]?.sentence;
  while (j < tokens.length && tokens[j]!.sentence === sentence && isNpToken(tokens[j]!)) {
    j++;
    if (j < tokens.length && /[,;:"“”.]/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) break;
  }
  if (j === i) return null;
  return { start: tokens[i]!.start, end: tokens[j - 1]!.end };
}
