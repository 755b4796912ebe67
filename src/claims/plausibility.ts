// How likely a candidate is a real attribution, from a logistic model over a few symbolic features
// (the cue word, the source's kind, how the content opens, the pattern that found it). The weights
// are learned from the PolNeAR train split by scripts/train-claims.mjs and shipped in
// model/plausibility.json; candidates scoring below PLAUSIBLE are dropped.
import { z } from 'zod';
import { firstStartingAt, type Span, type Token } from '../pipeline/document.js';
import { loadLexicon } from '../pipeline/lexicon.js';
import type { ClaimCandidate, ClaimsInput } from './candidate.js';
import { NOUN_CUE_RULE } from './cues/noun-cue.js';
import modelData from './model/plausibility.json' with { type: 'json' };

const model = loadLexicon('claims/plausibility', z.object({ bias: z.number(), weights: z.record(z.string(), z.number()) }), modelData);

const FIRST_PERSON = /^(?:i|we|me|us)$/;
const SECOND_PERSON = /^(?:you)$/;
const THIRD_PERSON = /^(?:he|she|they|it|who)$/;

/** The tokens inside `s`: tokens are sorted and never overlap, so they are one run, found by bisection. */
function tokensIn(tokens: readonly Token[], s: Span): Token[] {
  const from = firstStartingAt(tokens, s.start);
  if (from < 0) return [];
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= s.end) to++;
  return tokens.slice(from, to);
}

/** The symbolic features of a candidate, as strings ("cue=said/v", "source=pronoun3"). */
export function claimFeatures(doc: ClaimsInput, c: ClaimCandidate): string[] {
  const { text, tokens, quotations } = doc;
  const cueTokens = c.cue ? tokensIn(tokens, c.cue) : [];
  // The cue's verb or its last word; a noun cue's noun ("made a case for" → case).
  const noun = c.rule === NOUN_CUE_RULE ? [...cueTokens].reverse().find((t) => t.tags.includes('Noun') && !t.tags.includes('Verb')) : undefined;
  const head = noun ?? [...cueTokens].reverse().find((t) => t.tags.includes('Verb')) ?? cueTokens.at(-1);
  const headKey = head ? `${head.normal}/${head.tags.includes('Verb') ? 'v' : 'n'}` : 'none';
  const srcTokens = c.source ? tokensIn(tokens, c.source) : [];
  const src = !c.source
    ? 'none'
    : srcTokens.length === 1 && FIRST_PERSON.test(srcTokens[0]!.normal)
      ? 'pronoun1'
      : srcTokens.length === 1 && SECOND_PERSON.test(srcTokens[0]!.normal)
        ? 'pronoun2'
        : srcTokens.length === 1 && THIRD_PERSON.test(srcTokens[0]!.normal)
          ? 'pronoun3'
          : srcTokens.some((t) => t.tags.includes('ProperNoun'))
            ? 'proper'
            : 'common';
  const first = c.content[0]!;
  const opening = text.slice(first.start, first.start + 12);
  const opener = /^["“‘']/.test(opening) ? 'quote' : /^that\b/i.test(opening) ? 'that' : /^to\b/i.test(opening) ? 'to' : /^(?:whether|if|how|what|why|when|who)\b/i.test(opening) ? 'wh' : 'clause';
  const contentLength = c.content.reduce((n, s) => n + s.end - s.start, 0);
  const length = contentLength < 30 ? 'short' : contentLength < 120 ? 'medium' : 'long';
  const order = c.cue && c.cue.start > first.end ? 'content-first' : 'source-first';
  const before = head ? tokens[tokens.indexOf(cueTokens[0]!) - 1] : undefined;
  const infinitive = before?.normal === 'to' ? 'to' : 'finite';
  const inQuote = c.cue && quotations.some((q) => q.start < c.cue!.start && c.cue!.end < q.end) ? 'quoted' : 'plain';
  // A headline's claims are short by nature ("Eight reported killed").
  const zone = doc.zones.some((z) => z.kind === 'title' && z.start <= first.start && first.end <= z.end) ? 'title' : 'body';
  const tense = head ? (['Gerund', 'PastTense', 'PresentTense', 'Infinitive'].find((t) => head.tags.includes(t)) ?? 'other') : 'none';
  return [
    `rule=${c.rule}`,
    `cue=${headKey}`,
    `source=${src}`,
    `opener=${opener}`,
    `length=${length}`,
    `length+zone=${length}|${zone}`,
    `order=${order}`,
    `form=${infinitive}`,
    `cueIn=${inQuote}`,
    `cueIn+source=${inQuote}|${src}`,
    `tense=${tense}`,
    `cue+source=${headKey}|${src}`,
    `cue+opener=${headKey}|${opener}`,
    `source+opener=${src}|${opener}`,
    `order+opener=${order}|${opener}`,
  ];
}

/**
 * The probability a candidate needs to be kept. Below 0.5: F1 rewards keeping a candidate more likely
 * right than about half the F1 reached, and held-out train halves score the same at 0.45 as at 0.5.
 */
export const PLAUSIBLE = 0.45;

/** Probability that the candidate is a real attribution. */
export function plausibility(features: readonly string[]): number {
  const z = features.reduce((s, f) => s + (model.weights[f] ?? 0), model.bias);
  return 1 / (1 + Math.exp(-z));
}
