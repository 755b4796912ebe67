// Cue verbs (speech, writing, cognition, intention) with their source and content, in the three
// orders news text uses:
//   content first   “Y,” X said. / Y, X said. / “Y,” said X.   (and a split quotation “A,” X said. “B.”)
//   source first    X said (that) Y. / X told them to Y. / X warned on July 26: “Y” / …, saying Y.
import { contains, type Quotation, type Sentence, type Span, type Token } from '../../pipeline/document.js';
import type { ClaimCandidate, CueRecognizer } from '../candidate.js';
import { isCueHead, takesAlong, takesObject } from '../cue-lexicon.js';
import { phraseAfter, phraseBefore, rangeSpan, sourceBefore, trimSpan, type TokenRange } from '../spans.js';

const RULE = 'claims/reported-speech';
/** Adjuncts between a cue and its content: "said on Tuesday", "said in a statement", "told CNN". */
const ADJUNCT = /^(?:\s*,)?\s*(?:(?:on|in|at|during|last|this|late|early|earlier|later|to|with|by|via|from)\s+)?(?:(?:a|an|the|his|her|their|its)\s+)?(?:statement|interview|speech|letter|tweet|post|press\s+release|press\s+conference|television|radio|twitter|facebook|email|e-mail|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend)\b[^,:"“]{0,40}?(?=\s*(?:[,:]|that\b|["“]|$))/i;
/** Clause openers that begin a content right after the cue. */
const CONTENT_OPENER = /^\s*[:,]?\s*(?:that\b|to\b|["“]|whether\b|if\b|how\b|what\b|why\b|when\b)/i;

/** Words that, after a comma, open a clause outside the content. */
const TRAILING_CLAUSE = /^(?:which|who|whom|while|whereas|but|however|although|though|and|compared|after|because|since|when|where)$/;

interface SentenceTokens {
  readonly first: number;
  readonly end: number;
}

export const reportedSpeech: CueRecognizer = (doc) => {
  const { text, tokens, sentences, quotations } = doc;
  const bounds = sentenceTokens(tokens, sentences.length);
  const out: ClaimCandidate[] = [];
  tokens.forEach((t, i) => {
    // "a wanted man": a participle after an article modifies a noun.
    if (!isCueHead(t) || t.normal === 'according' || tokens[i - 1]?.tags.includes('Determiner')) return;
    const sentence = sentences[t.sentence]!;
    const { first, end } = bounds[t.sentence]!;
    let from = i;
    while (from - 1 >= first && (takesAlong(t, 'before', tokens[from - 1]!) || isVerbModifier(tokens[from - 1]!, t)) && !/[,;:"“”]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
    let to = i + 1;
    while (to < end && takesAlong(t, 'after', tokens[to]!) && !/[,;:"“”]/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) to++;
    const cue: Span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    const ctx: Context = { text, tokens, quotations, sentence, first, end, head: t };
    const claim = contentFirst(ctx, cue, from, to) ?? sourceFirst(ctx, cue, from, to);
    if (!claim) return;
    // ", citing X" with no subject of its own: the source of the clause it hangs on.
    const host = out.at(-1);
    const hosted = !claim.source && t.tags.includes('Gerund') && host && host.cue && host.cue.start >= sentence.start && host.cue.end <= cue.start;
    out.push(hosted ? { ...claim, source: host.source } : claim);
  });
  return out;
};

/** Auxiliaries, modals, negation and adverbs belong to the cue ("did not say", "can now say", "had publicly stated"). */
function isVerbModifier(t: Token, head: Token): boolean {
  if (/^(?:now|still|just|never|then)$/.test(t.normal)) return true;
  if (t.normal === 'that' || t.normal === 'to' || t.tags.includes('Noun') || t.tags.includes('Conjunction')) return false;
  if (t.tags.includes('Copula')) return head.tags.includes('PastTense') || head.tags.includes('Participle') || head.tags.includes('Gerund');
  return ['Auxiliary', 'Modal', 'Negative', 'Adverb'].some((tag) => t.tags.includes(tag));
}

interface Context {
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly quotations: readonly Quotation[];
  readonly sentence: Sentence;
  readonly first: number;
  readonly end: number;
  readonly head: Token;
}

/** “Y,” X said. / Y, X said. / “Y,” said X. — the cue closes its clause. */
function contentFirst(ctx: Context, cue: Span, from: number, to: number): ClaimCandidate | null {
  const { text, tokens, quotations, sentence, first, end, head } = ctx;
  // ", citing X" / ", adding that X": a participle's content follows it.
  if (head.tags.includes('Gerund')) return null;
  // "an area known as the “Baghdad Belt”": what follows a prepositional cue is its object.
  if (/\s(?:as|about|for|on|of|to|with)$/i.test(text.slice(cue.start, cue.end))) return null;
  const subject = phraseBefore(text, tokens, from, first);
  if (subject && subject.from > first && /,\s*$/.test(text.slice(tokens[subject.from - 1]!.end, tokens[subject.from]!.start))) {
    // "X, the spokesman, said …" is an apposition, not a content.
    const before = phraseBefore(text, tokens, subject.from, first);
    if (before && before.from === first && !endsQuote(text, tokens[subject.from - 1]!.end)) return null;
  }
  const pivot = subject ? subject.from : from;
  if (pivot <= first) return null;
  const gap = text.slice(tokens[pivot - 1]!.end, tokens[pivot]!.start);
  if (!/[,”"’]/.test(gap) && !/[,”"]$/.test(tokens[pivot - 1]!.text)) return null;
  const contentEnd = tokens[pivot - 1]!.end;
  const quote = quotations.find((q) => q.end > contentEnd - 2 && q.end <= tokens[pivot]!.start && q.start < contentEnd);
  // What follows the cue must be only the inverted source and adjuncts, not a content of its own.
  const inverted = subject ? null : withApposition(ctx, phraseAfter(text, tokens, to, end));
  const tailFrom = inverted ? inverted.to : to;
  if (!isShortTail(ctx, tailFrom, quote !== undefined)) return null;
  const source = subject ?? inverted;
  const opening: Span = quote ?? trimSpan(text, { start: sentence.start, end: contentEnd }, /[\s,;:—–-]/);
  if (opening.end - opening.start < 4) return null;
  // "Speaking on radio, X said …" / "In a letter, X said …": an adjunct, not a content, opens the sentence.
  const lead = tokens[first]!;
  if (!quote && (lead.tags.includes('Preposition') || lead.tags.includes('Gerund') || lead.tags.includes('Participle') || /^(?:when|while|after|before|as|if|asked|speaking|in)$/.test(lead.normal))) return null;
  const content: Span[] = [opening];
  // Split quotation: “A,” X said. “B.” — the next quotation opens right after this clause, in the
  // same paragraph or as the whole of the next one.
  if (quote) {
    const anchor = inverted ? rangeSpan(tokens, inverted).end : cue.end;
    const next = quotations.find((q) => q.start >= anchor && q.start - anchor <= 60 && !/[“”"]/.test(text.slice(anchor, q.start)));
    const between = next ? text.slice(anchor, next.start) : '';
    if (next && (!between.includes('\n') || /^\s*(?:\n|$)/.test(text.slice(next.end)))) content.push(next);
  }
  return { cue, source: source ? rangeSpan(tokens, source) : null, content, rule: RULE };
}

/** "said Joe Stork, deputy Middle East director." — an apposition closing the sentence. */
function withApposition(ctx: Context, name: TokenRange | null): TokenRange | null {
  const { text, tokens, end } = ctx;
  if (!name || name.to >= end || !/^\s*,\s*$/.test(text.slice(tokens[name.to - 1]!.end, tokens[name.to]!.start))) return name;
  const apposition = phraseAfter(text, tokens, name.to, end);
  return apposition && apposition.to === end ? { from: name.from, to: apposition.to } : name;
}

/** The quote mark right before `at` closes a quotation. */
const endsQuote = (text: string, at: number): boolean => /[”"]/.test(text[at - 1] ?? '');

/** Tokens from `from` to the sentence end are adjuncts or a new participial claim (", adding …"). */
function isShortTail(ctx: Context, from: number, split = false): boolean {
  const { text, tokens, quotations, end } = ctx;
  // A quotation opening right after the cue clause continues a split quotation: “A,” X said, “B.”
  const tailStart = from > 0 ? tokens[from - 1]!.end : 0;
  if (split && from < end && quotations.some((q) => q.start >= tailStart && /^[\s,.;:]*$/.test(text.slice(tailStart, q.start)))) return true;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    if (k > from && /,/.test(text.slice(tokens[k - 1]!.end, t.start)) && (t.tags.includes('Gerund') || isCueHead(t))) return true;
    if (k === from && /^\s*[:“"]/.test(text.slice(tokens[k - 1]!.end, t.start))) return false;
    if (t.normal === 'that' || (t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Participle'))) return false;
  }
  return true;
}

/** X said (that) Y. / X told them to Y. / X warned on July 26: “Y”. / …, saying Y. */
function sourceFirst(ctx: Context, cue: Span, from: number, to: number): ClaimCandidate | null {
  const { text, tokens, quotations, sentence, first, end, head } = ctx;
  let source: TokenRange | null = sourceBefore(text, tokens, from, first);
  const afterComma = from > first && /,\s*$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start));
  if (afterComma && head.tags.includes('Gerund')) source = phraseAfter(text, tokens, first, end);
  else if (afterComma && source && source.to === from) source = sourceBefore(text, tokens, from, first);
  if (!source && !afterComma) source = distantSubject(ctx, from);
  // "The man is believed to be a courier": a passive cue names no source; its subject is part of the content.
  const passive = from < to - 1 && tokens.slice(from, to - 1).some((x) => /^(?:is|are|was|were|be|been|being)$/.test(x.normal)) && !head.tags.includes('Gerund');
  if (passive && /^\s+to\s/.test(text.slice(cue.end, cue.end + 5))) {
    const subject = phraseBefore(text, tokens, from, first);
    const start = subject ? tokens[subject.from]!.start : cue.start;
    return { cue, source: null, content: [trimSpan(text, { start, end: clauseEnd(ctx, cue.end) }, /[\s,;:—–-]/)], rule: RULE };
  }
  // Content start: skip adjuncts, then an object before "that"/"to"/a quotation ("told reporters that").
  let at = cue.end;
  const adjunct = ADJUNCT.exec(text.slice(at, sentence.end));
  if (adjunct) at += adjunct[0].length;
  // "called for the Government of Iraq to investigate": after "for" the object belongs to the content.
  if (!CONTENT_OPENER.test(text.slice(at, sentence.end)) && takesObject(head) && !/\bfor$/i.test(text.slice(cue.start, cue.end))) {
    const k = tokens.findIndex((x) => x.start >= at);
    const object = k >= 0 && k < end ? phraseAfter(text, tokens, k, end) : null;
    if (object && object.to - object.from <= 4 && object.to < end && CONTENT_OPENER.test(text.slice(tokens[object.to - 1]!.end, sentence.end))) at = tokens[object.to - 1]!.end;
  }
  const opener = /^\s*[:,]?\s*/.exec(text.slice(at))![0];
  at += opener.length;
  // "Asked what he wanted, Adelson said …": after a comma comes another claim's source and cue.
  const k = tokens.findIndex((x) => x.start >= at);
  const np = opener.includes(',') && k >= 0 && k < end ? phraseAfter(text, tokens, k, end) : null;
  if (np && np.to < end && isCueHead(tokens[np.to]!)) return null;
  const quote = quotations.find((q) => q.start === at);
  let content: Span;
  if (quote && (!contains(sentence, quote) || /^[\s.,!?]*$/.test(text.slice(quote.end, sentence.end)))) content = quote;
  else content = trimSpan(text, { start: at, end: clauseEnd(ctx, at) }, /[\s,;:—–-]/);
  if (content.end - content.start < 4) return null;
  return { cue, source: source ? rangeSpan(tokens, source) : null, content: [content], rule: RULE };
}

/**
 * The subject of a cue it does not touch: across a time adjunct ("the Kentucky Republican on
 * Tuesday dismissed") or a coordination ("The Arizona Republican survived … and says").
 */
function distantSubject(ctx: Context, from: number): TokenRange | null {
  const { text, tokens, first, end } = ctx;
  let k = from;
  while (k - 1 >= first && (tokens[k - 1]!.tags.includes('Date') || /^(?:on|last|this|earlier|later|today|yesterday)$/.test(tokens[k - 1]!.normal))) k--;
  if (k < from) return sourceBefore(text, tokens, k, first);
  if (k - 1 > first && /^(?:and|but)$/.test(tokens[k - 1]!.normal)) {
    const subject = phraseAfter(text, tokens, first, end);
    if (subject && subject.to < from && tokens[subject.to]!.tags.includes('Verb')) return subject;
  }
  return null;
}

/** Where a content starting at `at` ends: the sentence end, or before ", adding …" / ", according to". */
function clauseEnd(ctx: Context, at: number): number {
  const { text, tokens, sentence, end } = ctx;
  for (let k = tokens.findIndex((x) => x.start > at); k > 0 && k < end; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (/[;—]/.test(gap)) return tokens[k - 1]!.end;
    if (!/,\s*$/.test(gap)) continue;
    // ", which …", ", while …", ", drawing boos": a clause of the writer's own follows.
    if (TRAILING_CLAUSE.test(t.normal) || t.tags.includes('Gerund')) return tokens[k - 1]!.end;
    if ((t.tags.includes('Gerund') && isCueHead(t)) || t.normal === 'according') return tokens[k - 1]!.end;
    // "…, sources said …" / "…, said the spokesman.": the rest is another claim's cue clause.
    const np = phraseAfter(text, tokens, k, end);
    const cue = np ? np.to : k;
    if (cue < end && isCueHead(tokens[cue]!) && (np !== null || isShortTail(ctx, phraseAfter(text, tokens, cue + 1, end)?.to ?? cue + 1))) return tokens[k - 1]!.end;
  }
  // A content that starts inside a quotation ends with it.
  const quote = ctx.quotations.find((q) => q.start < at && at < q.end && q.end < sentence.end);
  let e = quote ? quote.end - 1 : sentence.end;
  while (e > at && /[.!?,\s]/.test(text[e - 1]!)) e--;
  return e;
}

/** First token index and end token index (exclusive) of every sentence. */
function sentenceTokens(tokens: readonly Token[], count: number): SentenceTokens[] {
  const out: { first: number; end: number }[] = Array.from({ length: count }, () => ({ first: 0, end: 0 }));
  tokens.forEach((t, i) => {
    const s = out[t.sentence]!;
    if (s.end === 0) s.first = i;
    s.end = i + 1;
  });
  return out;
}
