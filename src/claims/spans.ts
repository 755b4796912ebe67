// Span helpers for claims: trimming, and the noun phrases that name a source, found on compromise's
// tags. Token ranges are half-open [from, to) indexes into the tokens layer.
import type { Span, Token } from '../pipeline/document.js';

/** Shrinks a span past white space and the given edge characters. */
export function trimSpan(text: string, span: Span, edge = /[\s,;:.—–-]/): Span {
  let { start, end } = span;
  while (start < end && edge.test(text[start]!)) start++;
  while (end > start && edge.test(text[end - 1]!)) end--;
  return { start, end };
}

export interface TokenRange {
  readonly from: number;
  readonly to: number;
}

export const rangeSpan = (tokens: readonly Token[], r: TokenRange): Span => ({ start: tokens[r.from]!.start, end: tokens[r.to - 1]!.end });

const NP_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Determiner', 'Adjective', 'Possessive', 'Acronym', 'Value', 'Organization', 'Person', 'Place', 'Honorific'];
/** Words that join noun phrases inside one source ("ambassador to Baghdad", "Smith and Jones"). */
const CONNECTOR = /^(?:of|for|to|at|from|in|and|&)$/;
/** Words compromise may tag as nouns that never sit inside a source phrase. */
const NOT_NP = /^(?:who|whom|which|that|what|this|these|there|here|when|where|why|how|it's|its|if|but|so|because|as|than|then|now|today|yesterday|tonight)$/;

const isNpWord = (t: Token): boolean =>
  !NOT_NP.test(t.normal) && !t.tags.includes('Date') && NP_TAGS.some((tag) => t.tags.includes(tag)) && (!t.tags.includes('Verb') || t.tags.includes('Noun'));

/** Punctuation between two tokens that a noun phrase never crosses. */
const hardGap = (text: string, a: Token, b: Token): boolean => /[,;:()"“”—–]|\s[-–]\s/.test(text.slice(a.end, b.start));

/**
 * The noun phrase that ends right before token `to` (exclusive) and starts no earlier than `floor`,
 * or null. It never starts or ends on a connector.
 */
export function phraseBefore(text: string, tokens: readonly Token[], to: number, floor: number): TokenRange | null {
  if (to < tokens.length && to - 1 >= floor && /[;:()"“”]/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) return null;
  let from = to;
  while (from - 1 >= floor) {
    const t = tokens[from - 1]!;
    // compromise tags some nouns after a possessive as verbs ("O’Malley’s campaign says").
    const nounAfterPossessive = from === to && from - 2 >= floor && /[’']s$/.test(tokens[from - 2]!.text) && !t.tags.includes('PastTense');
    // …and past participles used as adjectives ("Democratic registered voters").
    const adjectival = from < to && (t.tags.includes('Participle') || t.tags.includes('PastTense')) && from - 2 >= floor && isNpWord(tokens[from - 2]!);
    if (!(isNpWord(t) || CONNECTOR.test(t.normal) || nounAfterPossessive || adjectival)) break;
    if (from < to && hardGap(text, t, tokens[from]!)) break;
    from--;
  }
  while (from < to && CONNECTOR.test(tokens[from]!.normal)) from++;
  if (from >= to || CONNECTOR.test(tokens[to - 1]!.normal) || to - from > 14) return null;
  return { from, to };
}

/** The noun phrase starting at token `from` and ending before `ceiling` (exclusive), or null. */
export function phraseAfter(text: string, tokens: readonly Token[], from: number, ceiling: number): TokenRange | null {
  let to = from;
  while (to < ceiling) {
    const t = tokens[to]!;
    if (!(isNpWord(t) || (to > from && CONNECTOR.test(t.normal)))) break;
    if (to > from && hardGap(text, tokens[to - 1]!, t)) break;
    to++;
  }
  while (to > from && CONNECTOR.test(tokens[to - 1]!.normal)) to--;
  return to > from && to - from <= 14 ? { from, to } : null;
}

/**
 * The source before a cue at token `cue`: the noun phrase right before it, or, when a comma stands
 * before the cue, the clause-initial name with its apposition ("Danaifar, clerical regime’s
 * ambassador to Baghdad, has ordered").
 */
export function sourceBefore(text: string, tokens: readonly Token[], cue: number, floor: number): TokenRange | null {
  const near = phraseBefore(text, tokens, cue, floor);
  const relative = relativeSource(text, tokens, cue, floor);
  if (relative) return relative;
  if (!near) return null;
  const closed = /,/.test(text.slice(tokens[cue - 1]!.end, tokens[cue]!.start));
  const commaBefore = near.from - 1 >= floor && /^\s*,\s*$/.test(text.slice(tokens[near.from - 1]!.end, tokens[near.from]!.start));
  // An unclosed apposition needs its article: "Lt. Col. Wayne Marotto, a public affairs officer said".
  if (!closed && !(commaBefore && /^(?:a|an|the)$/.test(tokens[near.from]!.normal))) return near;
  if (!commaBefore) return closed ? null : near;
  const head = phraseBefore(text, tokens, near.from, floor);
  const clauseStart = (k: number) => k === floor || /,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  if (head && clauseStart(head.from) && tokens.slice(head.from, head.to).some((t) => t.tags.includes('ProperNoun') || t.tags.includes('Pronoun'))) return { from: head.from, to: near.to };
  return closed ? null : near;
}

/** "Chris Cox, who runs the NRA’s lobbying arm, says": the name with its relative clause. */
function relativeSource(text: string, tokens: readonly Token[], cue: number, floor: number): TokenRange | null {
  if (cue - 1 < floor || !/^\s*,\s*$/.test(text.slice(tokens[cue - 1]!.end, tokens[cue]!.start))) return null;
  for (let k = cue - 2; k > floor; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (!/,/.test(gap)) continue;
    if (!/^(?:who|which)$/.test(tokens[k]!.normal)) return null;
    const head = phraseBefore(text, tokens, k, floor);
    const atClauseStart = head && (head.from === floor || /,\s*$/.test(text.slice(tokens[head.from - 1]!.end, tokens[head.from]!.start)));
    return atClauseStart ? { from: head.from, to: cue } : null;
  }
  return null;
}
