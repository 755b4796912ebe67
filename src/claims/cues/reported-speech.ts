// Cue verbs (speech, writing, cognition, intention) with their source and content, in the orders
// news text uses:
//   content first   “Y,” X said. / Y, X said. / “Y,” said X.   (and a split quotation “A,” X said. “B.”)
//   interrupted     A, X said, B.
//   source first    X said (that) Y. / X told them to Y. / X warned on July 26: “Y” / …, saying Y.
//   passive         Y was first reported by X.
import { contains, firstStartingAt, type Quotation, type Sentence, type Span, type Token } from '../../pipeline/document.js';
import type { ClaimCandidate, ClaimsInput, CueRecognizer } from '../candidate.js';
import { closesCompound, controlsObject, cueParticles, isCueHead, isObjectPreposition, namesObject, takesAlong, takesObject } from '../cue-lexicon.js';
import { isFiniteVerb, LEAD_WORD, phraseAfter, phraseBefore, phraseSpan, rangeSpan, RELATIVE_PRONOUN, sourceBefore, SUBJECT_PRONOUN, subjectBeforeCommas, trimSpan, type TokenRange } from '../spans.js';

const RULE = 'claims/reported-speech';
/** What a cue's adjunct names: a medium or occasion, or a time. */
const MEDIUM = 'statement|interview|speech|letter|tweet|post|press\\s+release|press\\s+conference|television|radio|twitter|facebook|email|e-mail';
const TIME = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tonight|morning|afternoon|evening|night|week|month|year|weekend';
/** Occasions named only after a preposition and a determiner ("in a recent debate", "in separate letters", "at the time"). */
const OCCASION = 'statements|interviews|letters|tweets|posts|debate|forum|op-ed|column|memo|video|remarks|address|appearance|briefing|editorial|essay|article|issue|time';
/**
 * Adjuncts between a cue and its content: "said on Tuesday", "said in a statement", "told CNN", "said
 * in a CBS interview", "conceded in a recent debate"; up to a comma, "that", a quotation or a subject
 * pronoun ("said on Tuesday she would run").
 */
const ADJUNCT = new RegExp(
  '^(?:\\s*,)?\\s*(?:' +
    `(?:on|in|at|during|last|this|late|early|earlier|later|to|with|by|via|from)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:${MEDIUM}|${TIME})` +
    `|(?:${TIME})` +
    `|(?:on|in|at|during)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w’'.-]+\\s+){0,3}?(?:${MEDIUM}|${OCCASION})` +
    ')\\b[^,:"“]{0,40}?(?=\\s*(?:[,:]|that\\b|["“]|$)|\\s+(?:i|he|she|we|they|it)\\s)',
  'i',
);
/**
 * An occasion named by a prepositional phrase: "in an interview with CNN", "at a victory rally", "on his
 * radio show". Between a subject and its cue it is no part of the source ("Trump in an interview said");
 * after a cue's object, no part of the content ("thanked supporters at a rally").
 */
const OCCASION_PHRASE = new RegExp(`^(?:on|in|at|during)\\s+(?:a|an|the|his|her|their|its)\\s+(?:[\\w’'.-]+\\s+){0,3}?(?:${MEDIUM}|${OCCASION}|report|rall(?:y|ies)|hearing|conference|event|meeting|show|program|town\\s+hall)s?\\b`, 'i');
/** A clause or a quotation inside a prepositional phrase after a cue: the phrase is an adjunct, not the content. */
const CLAUSE_INSIDE = /\b(?:that|whether|if|how|what|why|when|who)\b|["“”]|''/i;
/** Clause openers that begin a content right after the cue. */
const CONTENT_OPENER = /^\s*[:,]?\s*(?:that\b|to\b|["“]|''|whether\b|if\b|how\b|what\b|why\b|when\b)/i;

/** Words that, after a comma, open a clause outside the content. */
const TRAILING_CLAUSE = /^(?:which|who|whom|while|whereas|but|however|although|though|and|compared|after|because|since|when|where)$/;

/** Words after a comma that carry a content on: a list ("including …") or a reason ("because …"). */
const CONTINUES_CONTENT = /^(?:including|because)$/;

interface SentenceTokens {
  readonly first: number;
  readonly end: number;
}

export const reportedSpeech: CueRecognizer = (doc) => {
  const { text, tokens, sentences, quotations } = doc;
  const bounds = sentenceTokens(tokens, sentences.length, doc.zones.filter((z) => z.kind === 'dateline'));
  const out: ClaimCandidate[] = [];
  const clauseStops = new Map<number, number>();
  tokens.forEach((t, i) => {
    if (!isCueHead(t, tokens[i + 1]) || t.normal === 'according' || modifiesNoun(text, tokens[i - 1], t, tokens[i + 1]) || isIdiom(text, tokens, i)) return;
    // "seems to think": the raising verb belongs to the cue of the verb after it.
    if (RAISING.test(t.normal) && tokens[i + 1]?.normal === 'to' && tokens[i + 2] && isCueHead(tokens[i + 2]!)) return;
    const sentence = sentences[t.sentence]!;
    const { first, end } = bounds[t.sentence]!;
    let from = i;
    if (from - 2 >= first && tokens[from - 1]!.normal === 'to' && RAISING.test(tokens[from - 2]!.normal)) from -= 2;
    // "went on to say": the phrasal verb is part of the cue.
    else if (from - 3 >= first && tokens[from - 1]!.normal === 'to' && tokens[from - 2]!.normal === 'on' && /^(?:go|goes|went|going|gone)$/.test(tokens[from - 3]!.normal)) from -= 3;
    while (from - 1 >= first && (takesAlong(t, 'before', tokens[from - 1]!) || isVerbModifier(tokens[from - 1]!, t)) && !/[,;:"“”]|''/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
    let to = i + 1;
    while (to < end && takesAlong(t, 'after', tokens[to]!) && !/[,;:"“”]|''/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) to++;
    // "issued a statement", "wrote a letter": a determiner the cue takes brings its noun along.
    if (to > i + 1 && tokens[to - 1]!.tags.includes('Determiner')) {
      const det = to;
      while (to < end && to - det < 4 && ['Adjective', 'Noun'].some((tag) => tokens[to]!.tags.includes(tag)) && !['Pronoun', 'ProperNoun'].some((tag) => tokens[to]!.tags.includes(tag)) && /^\s+$/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) to++;
      if (to === det || !tokens[to - 1]!.tags.includes('Noun')) to = det - 1;
    }
    const cue: Span = { start: tokens[from]!.start, end: tokens[to - 1]!.end };
    const ctx: Context = { text, tokens, quotations, sentence, first, end, head: t, clauseStops };
    // "“Y,” she wrote on Twitter." / "“Y,” he said with a smile.": after a content first, the words a cue
    // takes along open an adjunct instead.
    const bare: Span = { start: cue.start, end: t.end };
    const found = contentFirst(ctx, cue, from, to) ?? (to > i + 1 ? contentFirst(ctx, bare, from, i + 1) : null) ?? sourceFirst(ctx, cue, from, to);
    if (!found) return;
    const claim = withContractedAuxiliary(text, tokens, tokens[from - 1], t, found);
    // ", citing X" / "said X, adding “…”": a participle's subject is the source of the clause it hangs on.
    const host = out.at(-1);
    const hosted = (!claim.source || host?.source) && isGerundCue(t) && host && host.cue && host.cue.start >= sentence.start && host.cue.end <= cue.start;
    out.push(hosted ? { ...claim, source: host.source } : claim);
  });
  return out;
};

/**
 * "a wanted man", "another wanted man": a participle right after an article, or after another
 * determiner and before a common noun, modifies that noun ("say" never does: "Some said voters …").
 * Otherwise the determiner is a subject ("Several said they", "Yet another said,", "bottles that
 * said,") or ends a quotation ("about that,” said X").
 */
function modifiesNoun(text: string, before: Token | undefined, t: Token, after: Token | undefined): boolean {
  if (!before?.tags.includes('Determiner') || !/^\s*$/.test(text.slice(before.end, t.start))) return false;
  if (/^(?:a|an|the)$/.test(before.normal)) return true;
  if (!after || !/^\s+$/.test(text.slice(t.end, after.start)) || /^(?:say|says|said)$/.test(t.normal)) return false;
  return after.tags.includes('Noun') && !after.tags.includes('Pronoun') && !after.tags.includes('ProperNoun') && /^[a-z]/.test(after.text);
}

/**
 * Idioms and namings with a cue verb in them where nobody is quoted: "That said, a loss would …",
 * "easier said than done", "a group called Black Votes Matter" (a name given after an indefinite noun).
 */
function isIdiom(text: string, tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (t.normal === 'said' && before?.normal === 'that' && /^\s*,/.test(text.slice(t.end))) return i < 2 || /[.!?]\s*$|\n\s*$/.test(text.slice(tokens[i - 2]!.end, before.start));
  if (t.normal === 'said' && tokens[i + 1]?.normal === 'than') return true;
  const next = tokens[i + 1];
  // "Costa reported from Washington": a reporter's credit line names a place, not what was reported.
  if (t.normal === 'reported' && next?.normal === 'from' && tokens[i + 2]?.tags.includes('ProperNoun')) return true;
  // "Schilling appeared on a show on WEEI radio": appearing somewhere is no judgement.
  if (RAISING.test(t.normal) && next !== undefined && /^(?:on|in|at|with|alongside|onstage)$/.test(next.normal)) return true;
  if (closesCompound(text, tokens, i)) return true;
  // "state Rep. Gilda Cobb-Hunter": the state's, not a verb.
  if (t.normal === 'state' && next?.tags.includes('Abbreviation') && /^[A-Z]/.test(next.text)) return true;
  if (!/^(?:called|named|dubbed)$/.test(t.normal) || !before || !/^\s+$/.test(text.slice(before.end, t.start))) return false;
  if (!before.tags.includes('Noun') || ['ProperNoun', 'Pronoun', 'Person'].some((tag) => before.tags.includes(tag))) return false;
  const phrase = phraseBefore(text, tokens, i, Math.max(0, i - 6));
  return phrase !== null && /^(?:a|an|another)$/.test(tokens[phrase.from]!.normal);
}

/** A cue's -ing form, also when the tagger read it as a noun (", saying industry money …"). */
const isGerundCue = (t: Token): boolean => t.tags.includes('Gerund') || (/ing$/.test(t.normal) && ['Noun', 'Adjective'].some((tag) => t.tags.includes(tag)));

/** An auxiliary contracted onto the word before the cue: "He’s predicting", "they’ve said". */
const CONTRACTED_AUXILIARY = /[’'](?:s|re|ve|d|m|ll)$/i;

/**
 * "He’s predicting big wins": the contracted auxiliary belongs to the cue, the word it hangs on to the
 * source. Before a present-tense head the ’s may be a possessive read as a verb ("Trump’s claims"),
 * so a name splits only before a participle; a pronoun always does.
 */
function withContractedAuxiliary(text: string, tokens: readonly Token[], before: Token | undefined, head: Token, claim: ClaimCandidate): ClaimCandidate {
  const { source, cue } = claim;
  // "she’s expected to argue": away from the cue, a pronoun's contracted auxiliary leaves the source.
  const after = source ? firstStartingAt(tokens, source.end) : -1;
  const last = source ? (after < 0 ? tokens.at(-1) : tokens[after - 1]) : undefined;
  const own = last && last !== before && last.end === source!.end && last.tags.includes('Pronoun') ? CONTRACTED_AUXILIARY.exec(last.text) : null;
  if (own && last!.end - own[0].length > source!.start) return { ...claim, source: { start: source!.start, end: last!.end - own[0].length } };
  const contracted = before && CONTRACTED_AUXILIARY.exec(before.text);
  if (!contracted || !source || !cue || source.end !== before.end || !/^\s+$/.test(text.slice(before.end, cue.start))) return claim;
  if (!before.tags.includes('Pronoun') && !['Gerund', 'Participle', 'PastTense'].some((tag) => head.tags.includes(tag))) return claim;
  const cut = before.end - contracted[0].length;
  return cut > source.start ? { ...claim, source: { start: source.start, end: cut }, cue: { start: cut, end: cue.end } } : claim;
}

/** Raising verbs: their subject is the source of the cue verb after "to" ("The government seems to think"). */
const RAISING = /^(?:seem|seems|seemed|appear|appears|appeared)$/;

/** Auxiliaries, modals, negation and adverbs belong to the cue ("did not say", "can now say", "had publicly stated"). */
function isVerbModifier(t: Token, head: Token): boolean {
  // Adverbs of time the tagger may read as adjectives ("later said", "has long argued", "first reported").
  if (/^(?:now|still|just|never|then|later|earlier|first|long|again|once|already|often)$/.test(t.normal)) return true;
  // …and the perfect auxiliary before them, which the tagger then reads as a main verb ("have long argued").
  if (/^(?:has|have|had)$/.test(t.normal) && head.tags.includes('PastTense')) return true;
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
  /** clauseStop's memo for the document: token index → the token its clause stops before. */
  readonly clauseStops: Map<number, number>;
}

/** “Y,” X said. / Y, X said. / “Y,” said X. — the cue closes its clause. */
function contentFirst(ctx: Context, cue: Span, from: number, to: number): ClaimCandidate | null {
  const { text, tokens, quotations, sentence, first, end, head } = ctx;
  // ", citing X" / ", adding that X": a participle's content follows it.
  if (isGerundCue(head)) return null;
  // "an area known as the “Baghdad Belt”": what follows a prepositional cue is its object.
  if (/\s(?:as|about|for|on|of|to|with)$/i.test(text.slice(cue.start, cue.end))) return null;
  // “Y,” an intelligence source, who was not authorized to speak, told Fox News.
  // (A comma inside the closing quote marks ends the quotation, not a subject: ",'' said X".)
  const closed = from > first && /,/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start)) && !/[”"]|''/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start));
  const afterQuote = (h: TokenRange) => h.from > first && /[”"]/.test(text.slice(tokens[h.from - 1]!.end, tokens[h.from]!.start));
  const subject = closed ? subjectBeforeCommas(text, tokens, from, first, afterQuote) : phraseBefore(text, tokens, from, first);
  if (!closed && subject && subject.from > first && !isPronoun(tokens, subject) && /,\s*$/.test(text.slice(tokens[subject.from - 1]!.end, tokens[subject.from]!.start))) {
    // "X, the spokesman, said …" is an apposition, not a content ("X, he said, …" is one). A phrase
    // with a verb in it is a clause ("Students take 112 tests, a study found").
    const before = phraseBefore(text, tokens, subject.from, first);
    const clause = before && tokens.slice(before.from, before.to).some((x) => x.tags.includes('Verb'));
    // …unless the cue clause is set off on both sides and the predicate resumes after it ("CNN, Cruz said, called …").
    if (before && before.from === first && !clause && !endsQuote(text, tokens[subject.from - 1]!.end) && !resumedContent(ctx, to, true)) return null;
  }
  const pivot = subject ? subject.from : from;
  // “Why’s he attacking me?” Trump said. — a question or exclamation mark ended the sentence before
  // its cue clause: the quotation right before the sentence is the content.
  const prior = pivot <= first ? quotations.find((q) => q.end <= tokens[first]!.start && /^[ \t]*$/.test(text.slice(q.end, tokens[first]!.start))) : undefined;
  if (pivot <= first && !prior) return null;
  const gap = prior ? '' : text.slice(tokens[pivot - 1]!.end, tokens[pivot]!.start);
  if (!prior && !/[,”"’]|''/.test(gap) && !/[,”"]$/.test(tokens[pivot - 1]!.text)) return null;
  const contentEnd = prior ? prior.end : tokens[pivot - 1]!.end;
  const quote = prior ?? quotations.find((q) => q.end > contentEnd - 2 && q.end <= tokens[pivot]!.start && q.start < contentEnd);
  // "Wednesday on Fox News Channel’s “Hannity,” Newt Gingrich said …": a programme's title is where it was said.
  if (quote && !prior && isProgrammeTitle(text, quote)) return null;
  // "the “Avatar” star posted …": a quoted name or title with no punctuation of its own, right before a
  // common noun, modifies that noun; a quotation said before its cue clause ends on punctuation or meets its speaker.
  const modifier = quote && !prior ? tokens[firstStartingAt(tokens, quote.end + 1)] : undefined;
  if (quote && modifier && /^\s+[a-z]/.test(text.slice(quote.end, modifier.end)) && modifier.tags.includes('Noun') && !modifier.tags.includes('Pronoun') && !/[,.?!…—–\-’'"]\s*(?:[”"]|'')$/.test(text.slice(quote.start, quote.end))) return null;
  // What follows the cue must be only the inverted source and adjuncts, not a content of its own.
  // Only a bare verb inverts ("said Joe Stork"; never "clearly shows X" or "has said X").
  const inverted = subject || to - from > 1 ? null : withApposition(ctx, phraseAfter(text, tokens, to, end));
  // A content first needs its source on one side of the cue ("Y, clearly shows Z" has none).
  if (!subject && !inverted && !prior) return null;
  // “A?” Trump told Britain’s ITV in an interview …: after a quotation, the addressee is part of the cue clause.
  const addressee = !inverted && prior && to < end && takesObject(head) ? phraseAfter(text, tokens, to, end) : null;
  const tailFrom = inverted ? inverted.to : addressee ? addressee.to : to;
  // “A.” He added, “B.” — a cue clause opening its sentence with a quotation after it has its own content.
  if (prior && /^\s*[,:]?\s*(?:[“"]|'')/.test(text.slice(tokens[tailFrom - 1]!.end, sentence.end))) return null;
  // "Trump, Sexton said, has created …": an opening noun phrase alone is a subject whose predicate resumes after the cue clause.
  // A gerund phrase can be that subject too ("Pivoting to deficit reduction too soon, economists say, limited …").
  const subjectOnly = !quote && !prior && pivot - first <= 30 && (phraseAfter(text, tokens, first, pivot)?.to === pivot || tokens[first]!.tags.includes('Gerund')) && !tokens.slice(first, pivot).some((x) => isFiniteVerb(x));
  // "Shortly after my sentence, Eric Holder announced his resignation": a cue with an object of its own
  // has its content there; the opening phrase is an adjunct (a quotation's cue may name its addressee).
  if (!inverted && !quote && !prior && hasObject(ctx, tailFrom)) return null;
  const resumed = isShortTail(ctx, tailFrom, quote !== undefined) && !subjectOnly ? null : resumedContent(ctx, tailFrom, subjectOnly);
  // After a quotation in the sentence the cue clause may run on ("“Y,” Trump said in a long address
  // to delegates who …"), unless a content of its own follows it ("said that …", "said: …"); after a
  // quotation in the sentence before, only into an adjunct ("Sessions said as he launched the process").
  const tail = tokens[tailFrom];
  const runsOn = quote && (prior ? tailFrom < end && (SUBORDINATOR.test(tail!.normal) || tail!.tags.includes('Preposition')) : !/^\s*(?:that\b|:)/.test(text.slice(tokens[tailFrom - 1]!.end, sentence.end)));
  if (resumed === undefined && !runsOn) return null;
  // After a quotation in the sentence before, nothing of the content resumes after the cue clause.
  if (prior && resumed) return null;
  const source = subject ?? inverted;
  // "… before the convention — that won’t happen, they believe — but how …": between a pair of dashes the aside is the content.
  const dashAfter = tailFrom < end && /\s[—–]\s/.test(text.slice(tokens[tailFrom - 1]!.end, tokens[tailFrom]!.start));
  const before = dashAfter ? text.slice(sentence.start, contentEnd) : '';
  const dashBefore = Math.max(before.lastIndexOf(' — '), before.lastIndexOf(' – '));
  const openingStart = dashBefore > 0 ? sentence.start + dashBefore + 3 : sentence.start;
  const opening: Span = quote ?? trimSpan(text, { start: openingStart, end: contentEnd }, /[\s,;:—–-]/);
  // "Reciprocally, he promised them …": a lone adverb before the cue clause is the writer's, not a content.
  if ((opening.end - opening.start < 4 && !subjectOnly) || (!quote && pivot - first === 1 && tokens[first]!.tags.includes('Adverb'))) return null;
  // "Speaking on radio, X said …" / "In a letter, X said …" / "Tuesday at a rally, X said …": an adjunct, not a content, opens the sentence.
  // …but "About 270 people have been resettled, officials said" is a clause of its own: it has a finite verb.
  // (Past lead words: "And while Clinton lagged behind …, she has called for …".)
  let leadAt = first;
  while (leadAt + 1 < pivot && LEAD_WORD.test(tokens[leadAt]!.normal)) leadAt++;
  const lead = tokens[leadAt]!;
  const clause = tokens.slice(first + 1, pivot).some((x) => x.end <= opening.end && isFiniteVerb(x));
  // "In his state, Christie said, nonviolent offenders are sent to treatment": with the cue clause set off
  // on both sides, the opening adjunct is the content's first part and the rest resumes after it.
  if (resumed && !quote && !/^(?:["“]|'')/.test(text.slice(resumed.start))) return { cue, source: source ? phraseSpan(text, tokens, source) : null, content: [opening, resumed], rule: RULE };
  if (!quote && !clause && (['Preposition', 'Gerund', 'Participle', 'Date'].some((tag) => lead.tags.includes(tag)) || /^(?:when|while|after|before|as|if|asked|speaking|in)$/.test(lead.normal))) return null;
  // "Asked if he was ever bullied, the candidate said no.": the question is the occasion, the answer follows.
  if (!quote && /^(?:asked|pressed|questioned)$/.test(lead.normal)) return null;
  // "As caucusing got under way in Nevada, X weighed in on …": a subordinate clause alone is an adjunct;
  // with a main clause after it ("As the government lost control, militias …") it is a content.
  if (!quote && SUBORDINATOR.test(lead.normal) && !text.slice(opening.start, opening.end).includes(',')) return null;
  const content: Span[] = resumed ? [opening, resumed] : [opening];
  // Split quotation: “A,” X said. “B.” — the next quotation opens right after this clause, in the
  // same paragraph or as the whole of the next one.
  if (quote) {
    // A source ending in a quoted title ("host of the show “Shark Tank.”") ends after its closing mark.
    const sourceEnd = inverted ? rangeSpan(tokens, inverted).end : cue.end;
    let anchor = sourceEnd + (/^[.,!?]*(?:[”"’]|'')/.exec(text.slice(sourceEnd))?.[0].length ?? 0);
    // "he said on “Meet the Press.” “But …”": a programme's title in the cue clause is no part of the content.
    const title = quotations.find((q) => q.start >= anchor && isProgrammeTitle(text, q) && !/[.!?]/.test(text.slice(anchor, q.start)));
    if (title) anchor = title.end;
    // Only the first quotation after the anchor can continue: any later one has its marks in between.
    const next = quotations.find((q) => q.start >= anchor);
    if (next && !/[“”"]|''/.test(text.slice(anchor, next.start)) && continuesQuotation(ctx, anchor, next)) content.push(next);
  }
  return { cue, source: source ? phraseSpan(text, tokens, source) : null, content, rule: RULE };
}

/**
 * Whether quotation `q`, after the cue clause ending at `anchor`, goes on the quotation before it.
 * In the cue's sentence it must open soon and not after a cue of its own (“A,” said X, adding “B.”;
 * "when asked about …" is an adjunct). As the next sentence, whatever closed the cue's sentence
 * (“A,” she said, adding that … . “B.”), it must stand alone: a cue clause after it (“B,” Y said) makes it another claim.
 */
function continuesQuotation(ctx: Context, anchor: number, q: Quotation): boolean {
  const { text, tokens, sentence } = ctx;
  if (q.start - anchor > 120 && q.start - sentence.end > 8) return false;
  if (q.start < sentence.end) {
    const ownCue = (t: Token, k: number) => isCueHead(t) && !/^(?:when|after|while|before|if|once)$/.test(tokens[k - 1]?.normal ?? '');
    return q.start - anchor <= 120 && !tokens.some((t, k) => t.start >= anchor && t.end <= q.start && ownCue(t, k)) && (!text.slice(anchor, q.start).includes('\n') || /^\s*(?:\n|$)/.test(text.slice(q.end)));
  }
  if (!/^\s*$/.test(text.slice(sentence.end, q.start))) return false;
  const closing = /([.!?…])\s*(?:[”"’]|'')?\s*$/.exec(text.slice(q.start, q.end))?.[1] ?? text[q.end];
  // A full stop closes the quotation's sentence; after a question or exclamation mark its cue clause may follow (“Why?” Trump asked).
  if (closing === '.') return true;
  if (closing !== '?' && closing !== '!' && closing !== '…') return false;
  const after = firstStartingAt(tokens, q.end);
  for (let k = after; k >= 0 && k < tokens.length && k < after + 8 && !/\n/.test(text.slice(q.end, tokens[k]!.start)); k++) {
    if (isCueHead(tokens[k]!)) return false;
    if (/[.!?]/.test(text.slice(tokens[k]!.end, tokens[k + 1]?.start ?? text.length))) break;
  }
  return true;
}

/**
 * "said Joe Stork, deputy Middle East director." / "said a GOP data expert who has worked for
 * Rubio": appositions and relative clauses after an inverted source belong to it.
 */
function withApposition(ctx: Context, name: TokenRange | null): TokenRange | null {
  const { text, tokens, end } = ctx;
  if (!name) return null;
  const description = descriptionEnd(ctx, name.to);
  if (description !== null) return { from: name.from, to: description };
  let to = name.to;
  while (to < end) {
    const comma = /^\s*,\s*$/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start));
    if (/^(?:who|whose)$/.test(tokens[to]!.normal)) {
      if (opensAttribution(tokens, to, end)) break;
      // The relative clause runs to the next comma.
      to++;
      while (to < end && !/,/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) to++;
      continue;
    }
    const apposition = comma ? phraseAfter(text, tokens, to, end) : null;
    if (!apposition) break;
    to = apposition.to;
  }
  // An apposition counts when the chain closes the sentence, a relative clause is in it, or an adjunct
  // follows it (", the White House press secretary, echoing …").
  const relative = tokens.slice(name.to, to).some((t) => /^(?:who|whose)$/.test(t.normal));
  const adjunct = to > name.to && to < end && /^\s*,/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start)) && (SUBORDINATOR.test(tokens[to]!.normal) || ['Gerund', 'Preposition'].some((tag) => tokens[to]!.tags.includes(tag)));
  return to === end || relative || adjunct ? { from: name.from, to } : name;
}

/**
 * "said Jim Clyburn, a Democratic congressman and civil rights leader from South Carolina.", "said
 * Geoff Garin, a Democratic pollster working for Priorities USA, a super PAC supporting Hillary
 * Clinton.": from a comma after the name to the sentence end, a description of the speaker — no
 * finite verb outside a relative clause, no participial clause (", adding …"), no new clause. It
 * ends early at a relative clause that is an attribution of its own (", who said …"). Returns the
 * token index the description ends at, null when there is none.
 */
function descriptionEnd(ctx: Context, from: number): number | null {
  const { text, tokens, end } = ctx;
  if (from >= end || !/^\.?\)?\s*,\s*$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) return null;
  let relative = false;
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    const gap = text.slice(tokens[k - 1]!.end, t.start);
    if (/["“]|''/.test(gap)) return null;
    if (/,/.test(gap)) {
      relative = false;
      if (t.tags.includes('Gerund') || isCueHead(t) || (TRAILING_CLAUSE.test(t.normal) && !RELATIVE.test(t.normal))) return null;
    }
    if (RELATIVE.test(t.normal)) {
      if (opensAttribution(tokens, k, end)) return k > from ? k : null;
      relative = true;
    }
    // "a group founded by …": a participle right after its noun modifies it.
    const modifier = /^\s+$/.test(gap) && tokens[k - 1]!.tags.includes('Noun') && (t.tags.includes('PastTense') || t.tags.includes('Participle'));
    // "civil rights leader": a plural noun inside a compound, read as a present-tense verb.
    const next = tokens[k + 1];
    const compound = t.tags.includes('PresentTense') && next !== undefined && k + 1 < end && next.tags.includes('Noun') && !next.tags.includes('Pronoun') && /^\s+$/.test(text.slice(t.end, next.start));
    if (!relative && !modifier && !compound && isFiniteVerb(t)) return null;
    if (SUBORDINATOR.test(t.normal) && t.normal !== 'as') return null;
  }
  return end;
}

const RELATIVE = /^(?:who|whose|whom|which|that)$/;

/** A short title-case quotation after "on", "to", "in", "at" or "told": a programme or publication ("told “Today.”"). */
function isProgrammeTitle(text: string, q: Span): boolean {
  const words = text.slice(q.start, q.end).replace(/^(?:["“‘']|'')+|[.,!?]*(?:["”’']|'')+$/g, '').split(/\s+/);
  return /\b(?:on|to|in|at|told)\s+(?:(?:[A-Z][\w.&-]*\s+){0,3}[\w.&-]+[’']s\s+)?$/i.test(text.slice(Math.max(0, q.start - 50), q.start)) && words.length <= 6 && words.every((w) => /^[A-Z0-9&]/.test(w) || /^(?:of|the|and|a|an|in|on|for|with|to)$/.test(w));
}

/**
 * The source without an occasion after its head ("Trump in an interview with CNN" → "Trump"), or the
 * subject before an occasion whose object was taken for the source ("Moslehi (…) in a report (…) to
 * Khamenei’s Office reiterated" → "Moslehi (…)").
 */
function withoutOccasion(ctx: Context, source: TokenRange): TokenRange {
  const { text, tokens, first } = ctx;
  const end = tokens[source.to - 1]!.end;
  // Only an indefinite occasion right after the head: "A footnote in the report" locates, "the host, at a radio station," describes.
  for (let k = source.from + 1; k < source.to && !/,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)); k++) {
    if (/^(?:in|at|during)$/.test(tokens[k]!.normal) && /^(?:a|an)$/.test(tokens[k + 1]?.normal ?? '') && OCCASION_PHRASE.test(text.slice(tokens[k]!.start, end))) return { from: source.from, to: k };
    // "Trump at the time said": a time between subject and cue.
    if (k + 3 === source.to && /^(?:at|in) (?:the|that) (?:time|moment|past)$/i.test(text.slice(tokens[k]!.start, end))) return { from: source.from, to: k };
  }
  if (source.from - 1 <= first || !/^(?:to|with|for|about)$/.test(tokens[source.from - 1]!.normal)) return source;
  for (let k = source.from - 2; k > first && source.from - k <= 12; k--) {
    if (!/^(?:in|at|during)$/.test(tokens[k]!.normal) || !OCCASION_PHRASE.test(text.slice(tokens[k]!.start, end))) continue;
    const subject = phraseBefore(text, tokens, k, first);
    return subject ?? source;
  }
  return source;
}

/**
 * "said Beck, who said there were …": a relative clause whose verb is a cue is an attribution of its
 * own with "who" as its source, not a description of the speaker before it.
 */
function opensAttribution(tokens: readonly Token[], k: number, end: number): boolean {
  if (tokens[k]!.normal !== 'who') return false;
  let v = k + 1;
  while (v < end && tokens[v]!.tags.includes('Adverb')) v++;
  return v < end && isCueHead(tokens[v]!, tokens[v + 1]);
}

/**
 * "A new campaign manager, he said, could set a new tone": a cue clause set off by commas inside
 * the content; the content resumes after it. undefined when the tail is not such a resumption.
 */
function resumedContent(ctx: Context, tailFrom: number, predicate = false): Span | undefined {
  const { text, tokens, sentence } = ctx;
  let at = tokens[tailFrom - 1]!.end;
  const adjunct = ADJUNCT.exec(text.slice(at, sentence.end));
  if (adjunct) at += adjunct[0].length;
  const comma = /^\s*,\s*/.exec(text.slice(at, sentence.end));
  if (!comma) return undefined;
  at += comma[0].length;
  // ", adding that …", ", which …": a clause of its own follows, not the rest of the content.
  const next = tokens.slice(tailFrom).find((t) => t.start >= at);
  // "“A,” he said, as the crowd cheered": a subordinate clause after the cue clause is the writer's.
  // After an opening subject alone the predicate resumes, a participle first too ("Trump, Sexton said, reached …").
  if (!next || (!predicate && !CONTINUES_CONTENT.test(next.normal) && ['Gerund', 'Participle', 'PastTense'].some((tag) => next.tags.includes(tag))) || TRAILING_CLAUSE.test(next.normal) || SUBORDINATOR.test(next.normal)) return undefined;
  const resumed = trimSpan(text, { start: at, end: clauseEnd(ctx, at) }, /[\s,;:—–-]/);
  return resumed.end - resumed.start >= 4 ? resumed : undefined;
}

const isPronoun = (tokens: readonly Token[], r: TokenRange): boolean => r.to - r.from === 1 && tokens[r.from]!.tags.includes('Pronoun');

/** The quote mark right before `at` closes a quotation. */
const endsQuote = (text: string, at: number): boolean => /(?:[”"]|'')$/.test(text.slice(Math.max(0, at - 2), at));

/**
 * A noun phrase that is not a time, a gerund clause or a that-, wh- or to-clause opens right after the
 * cue ending before token `from`: the cue's object ("Trump proposed banning all Muslims from entering").
 */
/** -ing words that are prepositions after a verb too ("said during the debate", "spoke following the vote"). */
const PREPOSITION_ING = /^(?:during|following|regarding|concerning|including|according|notwithstanding|pending|considering)$/;
function hasObject(ctx: Context, from: number): boolean {
  const { text, tokens, end, head } = ctx;
  if (from >= end || !/^\s+$/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) return false;
  // "said last week": a time is no object.
  if (timeEnd(ctx, tokens[from - 1]!.end) > tokens[from - 1]!.end) return false;
  const first = tokens[from]!;
  // ("proposed barring all foreign Muslims": an -ing form the tagger read as a preposition is a gerund here.)
  const gerund = first.tags.includes('Gerund') || (/ing$/.test(first.normal) && first.tags.includes('Preposition') && !PREPOSITION_ING.test(first.normal));
  if (gerund || /^(?:that|whether|how|what|why)$/.test(first.normal) || (first.normal === 'to' && tokens[from + 1]?.tags.includes('Infinitive'))) return true;
  if (takesObject(head)) return false;
  const object = phraseAfter(text, tokens, from, end);
  return object !== null && !tokens.slice(object.from, object.to).some((t) => t.tags.includes('Date'));
}

/** Tokens from `from` to the sentence end are adjuncts or a new participial claim (", adding …"). */
function isShortTail(ctx: Context, from: number, split = false): boolean {
  const { text, tokens, quotations, end } = ctx;
  // A quotation opening right after the cue clause continues a split quotation: “A,” X said, “B.”
  const tailStart = from > 0 ? tokens[from - 1]!.end : 0;
  if (split && from < end && quotations.some((q) => q.start >= tailStart && /^[\s,.;:]*$/.test(text.slice(tailStart, q.start)))) return true;
  const adjunctTail = from < end && tokens[from]!.tags.includes('Preposition') && !cueParticles(ctx.head.normal).includes(tokens[from]!.normal);
  for (let k = from; k < end; k++) {
    const t = tokens[k]!;
    const afterComma = /,/.test(text.slice(tokens[k - 1]!.end, t.start));
    // "…, Clinton allies believe — backers she will need come November": a dash opens the writer's aside,
    // and a semicolon a clause of the writer's ("…, he said; his agents found them").
    if (/\s[—–]\s|;/.test(text.slice(tokens[k - 1]!.end, t.start))) return true;
    // "…, the Times said, including speeches and meetings": the content's list resumes.
    if (afterComma && k === from && !split && CONTINUES_CONTENT.test(t.normal)) return false;
    if (afterComma && (t.tags.includes('Gerund') || isCueHead(t))) return true;
    if (k === from && /^\s*(?:[:“"]|'')/.test(text.slice(tokens[k - 1]!.end, t.start))) return false;
    // "said last week": a time, whatever the tagger made of its words.
    const time = opensTime(t) ? timeEnd(ctx, tokens[k - 1]!.end) : 0;
    if (time > tokens[k - 1]!.end) {
      while (k + 1 < end && tokens[k + 1]!.end <= time) k++;
      continue;
    }
    // "said in a video message to the convention": inside a prepositional tail a word after a noun or a
    // determiner is a noun, and one after "to" an infinitive ("during his speech to be a delegate"); a
    // particle the cue takes opens its object instead ("calls for immediate action to prevent …").
    const nominal = adjunctTail && k > from && (['Determiner', 'Adjective', 'Noun'].some((tag) => tokens[k - 1]!.tags.includes(tag)) || tokens[k - 1]!.normal === 'to') && !tokens[k - 1]!.tags.includes('Pronoun');
    if (t.normal === 'that' || (t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Participle') && !nominal)) return false;
  }
  return true;
}

/** X said (that) Y. / X told them to Y. / X warned on July 26: “Y”. / …, saying Y. */
function sourceFirst(ctx: Context, cueWords: Span, from: number, to: number): ClaimCandidate | null {
  let cue = cueWords;
  const { text, tokens, quotations, sentence, first, end, head } = ctx;
  // "voters are more likely to say": an infinitive cue's source is the subject it is controlled by, when there is one.
  // "Obama punctuated his list by saying …": a gerund after "by" is done by the sentence's subject.
  // ("When he returned he began by saying": the subject of the nearest verb, when it names someone.)
  const by = tokens[from]!.normal === 'by' && isGerundCue(head) ? (nearestSubject(ctx, from) ?? sentenceSubject(ctx, from)) : null;
  let source: TokenRange | null = by ?? (tokens[from]!.normal === 'to' ? controllingSubject(ctx, from) : null) ?? sourceBefore(text, tokens, from, first);
  const gap = from > first ? text.slice(tokens[from - 1]!.end, tokens[from]!.start) : '';
  const afterComma = /,\s*$/.test(gap);
  // "flipped his choice on the spot – saying …": a dash sets a participle off as a comma does.
  if ((afterComma || /\s[—–-]{1,2}\s*$/.test(gap)) && isGerundCue(head)) source = nearestSubject(ctx, from) ?? leadingSubject(ctx, from) ?? phraseAfter(text, tokens, first, end);
  else if (afterComma && source && source.to === from) source = sourceBefore(text, tokens, from, first);
  // "Ted Cruz is making a pitch to New York voters saying …": a participle after a verb's object hangs on
  // the clause, whose subject speaks (after a verb of perceiving or quoting, the object does: "heard voters saying").
  else if (isGerundCue(head) && source && isObjectOf(tokens, source)) source = nearestSubject(ctx, from) ?? leadingSubject(ctx, from) ?? source;
  if (!source && !afterComma) source = controllingSubject(ctx, from) ?? distantSubject(ctx, from);
  if (source) source = withoutOccasion(ctx, source);
  // "The man is believed to be a courier": a passive cue names no source; its subject is part of the content.
  const passive = from < to - 1 && tokens.slice(from, to - 1).some((x) => /^(?:is|are|was|were|be|been|being)$/.test(x.normal)) && !head.tags.includes('Gerund');
  // "23 have been reported slain", "Eight reported killed": a participle after a passive cue completes it like an infinitive.
  const after = tokens[to];
  // …but not a participle modifying a noun after it ("said armed men", "said great things").
  const verbal = (t: Token) =>
    (t.tags.includes('Participle') || t.tags.includes('PastTense')) && !['Copula', 'Auxiliary'].some((tag) => t.tags.includes(tag)) && !isCueHead(t) && !(to + 1 < end && tokens[to + 1]!.tags.includes('Noun'));
  const participle = after !== undefined && to < end && /^\s+$/.test(text.slice(cue.end, after.start)) && (verbal(after) || (passive && after.tags.includes('Adjective') && !tokens[to + 1]?.tags.includes('Noun')));
  const reduced = participle && verbal(after) && to - from === 1 && head.tags.includes('PastTense') && from > first && ['Value', 'Noun'].some((tag) => tokens[from - 1]!.tags.includes(tag)) && !tokens[from - 1]!.tags.includes('Pronoun');
  if ((passive || reduced) && (/^\s+to\s/.test(text.slice(cue.end, cue.end + 5)) || participle)) {
    const subject = phraseBefore(text, tokens, from, first);
    const start = subject ? tokens[subject.from]!.start : cue.start;
    // The participle closes the content ("Eight reported killed as …"); an infinitive runs on to the clause end.
    const contentEnd = participle ? after.end : clauseEnd(ctx, cue.end);
    // "delegates who are expected to support …": a relative pronoun stands for the subject; the cue is not said.
    const relative = !subject && !participle && from - 1 >= first && RELATIVE.test(tokens[from - 1]!.normal) ? tokens[from - 1]! : null;
    if (relative) return { cue, source: null, content: [{ start: relative.start, end: relative.end }, trimSpan(text, { start: cue.end, end: contentEnd }, /[\s,;:—–-]/)], rule: RULE };
    return { cue, source: null, content: [trimSpan(text, { start, end: contentEnd }, /[\s,;:—–-]/)], rule: RULE };
  }
  // "O’Malley’s move was first reported by MSNBC": a passive cue's subject is the content, and the
  // agent after "by", if any, the source.
  const patient = passive && !CONTENT_OPENER.test(text.slice(cue.end, sentence.end)) ? sourceBefore(text, tokens, from, first) : null;
  if (patient) {
    const by = /^\s+by\s/i.test(text.slice(cue.end, cue.end + 5)) ? firstStartingAt(tokens, cue.end + 3) : -1;
    const agent = by >= 0 && by < end ? phraseAfter(text, tokens, by, end) : null;
    return { cue, source: agent ? phraseSpan(text, tokens, agent) : null, content: [rangeSpan(tokens, patient)], rule: RULE };
  }
  // Content start: skip adjuncts, then an object before "that"/"to"/a quotation ("told reporters that").
  let at = afterTime(ctx, cue.end);
  const adjunct = ADJUNCT.exec(text.slice(at, sentence.end));
  if (adjunct) at += adjunct[0].length;
  // "called for the Government of Iraq to investigate": after "for" the object belongs to the content.
  if (!CONTENT_OPENER.test(text.slice(at, sentence.end)) && takesObject(head) && !namesObject(head) && !/\bfor$/i.test(text.slice(cue.start, cue.end))) at = pastAddressee(ctx, at);
  else at = pastToAddressee(ctx, at);
  // "told Britain’s ITV television station in an interview aired on Monday: “…”": whatever the addressee and
  // its adjuncts, a colon before a quotation opens the content.
  const colon = /^[^:;.!?“”"]{1,120}?:\s*(?=["“]|'')/.exec(text.slice(at, sentence.end));
  // ("responded pointedly, with a smile: “…”", "said flatly: “…”": any cue's adverbs and adjuncts; an object before the colon is the content's.)
  if (colon && (takesObject(head) || onlyAdjuncts(ctx, at, at + colon[0].length)) && !cueInside(ctx, at, at + colon[0].length)) at += colon[0].length;
  const opener = /^\s*[:,]?\s*/.exec(text.slice(at))![0];
  at += opener.length;
  // "Asked what he wanted, Adelson said …": after a comma comes another claim's source and cue.
  const k = firstStartingAt(tokens, at);
  const np = opener.includes(',') && k >= 0 && k < end && !/^(?:["“]|'')/.test(text.slice(at)) ? phraseAfter(text, tokens, k, end) : null;
  if (np && np.to < end && isCueHead(tokens[np.to]!)) return null;
  // "boasted about a plan to …": a preposition opening an object that is the whole content belongs to
  // the cue; before a clause ("said on television that …") it opens an adjunct.
  const preposition = firstStartingAt(tokens, at);
  if (preposition === to && preposition + 1 < end && isObjectPreposition(tokens[preposition]!, tokens[preposition + 1]) && !cueParticles(head.normal).length) {
    const object = tokens[preposition + 1]!.start;
    if (!CLAUSE_INSIDE.test(text.slice(object, clauseEnd(ctx, object)))) {
      cue = { start: cue.start, end: tokens[preposition]!.end };
      at = object;
    }
  }
  const quote = quotations.find((q) => q.start === at);
  let content: Span;
  if (quote && (!contains(sentence, quote) || /^[\s.,!?]*$/.test(text.slice(quote.end, sentence.end)))) content = quote;
  else {
    // "As the Washington Post observed, Republicans now control …": the cue clause is the sentence's
    // opening "as" clause and the content its main clause, which runs on as a sentence of its own.
    const main = source !== null && opensWithAs(ctx, source) && /,/.test(text.slice(cue.end, at));
    const contentCtx = main ? { ...ctx, first: firstStartingAt(tokens, at), clauseStops: new Map<number, number>() } : ctx;
    content = beforeCoordinatedGerund(ctx, withoutClosingApposition(ctx, objectEnd(ctx, throughQuotation(quotations, trimSpan(text, { start: at, end: clauseEnd(contentCtx, at) }, /[\s,;:—–-]/)))));
  }
  // "a facility known as Camp Liberty": what follows "as" names, it is not said ("which he described as
  // “like an open orchid”" is a description, and said).
  // "said no", "said so": a one-word answer is a content ("said so in December": the time is the writer's); other short words are not.
  const said = /^(?:yes|no|so)(?=\s+(?:in|on|at|during|last|this)\b|$)/i.exec(text.slice(content.start, content.end));
  if (said) content = { start: content.start, end: content.start + said[0].length };
  const answer = said !== null;
  if ((content.end - content.start < 4 && !answer) || (/^as\s/i.test(text.slice(content.start, content.end)) && !/^describ/.test(head.normal))) return null;
  // "wrote in separate letters to the Secretary of State, …, calling for …": a place, time or occasion
  // with no verb of its own is the cue's adjunct; the content, if any, is elsewhere.
  const opens = firstStartingAt(tokens, content.start);
  if (opens >= 0 && /^(?:in|at|during|after|before|since|until)$/.test(tokens[opens]!.normal) && !hasFiniteVerb(tokens, opens, content.end)) return null;
  // "Trump seemed to appreciate …", "it appears that …": a raising verb alone is the writer's judgement;
  // its subject is part of what is judged, and nobody is its source.
  if (RAISING.test(head.normal) && source) {
    const expletive = source.to - source.from === 1 && tokens[source.from]!.normal === 'it';
    return { cue, source: null, content: expletive ? [content] : [phraseSpan(text, tokens, source), content], rule: RULE };
  }
  const subject = source ? extractedSubject(ctx, source, content) : null;
  return { cue, source: source ? phraseSpan(text, tokens, source) : null, content: subject ? [subject, content] : [content], rule: RULE };
}

/**
 * "has railed against the Trans-Pacific Partnership, the 12-country trade deal …", "reiterated his
 * support for Mr. Trump, the presumptive nominee": an apposition closing the content describes a noun
 * for the reader; it is the writer's, not the source's. A list ("Trump, the party and the press") or a
 * clause ("…, the first time it has …") stays.
 */
function withoutClosingApposition(ctx: Context, content: Span): Span {
  const { text, tokens, quotations } = ctx;
  const from = firstStartingAt(tokens, content.start);
  if (from < 0) return content;
  const after = firstStartingAt(tokens, content.end);
  const to = after < 0 ? tokens.length : after;
  // An apposition is short: the last comma is looked for among the last few tokens only.
  let comma = -1;
  for (let j = to - 1; j > Math.max(from + 1, to - 30); j--) {
    if (/,/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
      comma = j;
      break;
    }
  }
  if (comma < 0 || !/^(?:the|a|an)$/.test(tokens[comma]!.normal) || !tokens[comma - 1]!.tags.includes('Noun') || to - comma < 2) return content;
  const quoted = quotations.some((q) => q.start < tokens[comma]!.start && tokens[comma]!.start < q.end);
  const segment = tokens.slice(comma, to);
  // A participle right after a noun modifies it ("the institution founded by …"); a relative clause describes
  // the apposition's noun ("the Hyde Amendment, a longstanding federal provision that prohibits …").
  const relative = segment.findIndex((t, i) => i > 1 && /^(?:that|which|who)$/.test(t.normal));
  const described = relative < 0 ? segment : segment.slice(0, relative);
  const verb = described.some((t, i) => isFiniteVerb(t) && !(i > 0 && described[i - 1]!.tags.includes('Noun') && (t.tags.includes('PastTense') || t.tags.includes('Participle'))));
  if (quoted || verb || segment.some((t) => /^(?:and|or|but)$/.test(t.normal))) return content;
  return { start: content.start, end: withClosingMarks(text, tokens[comma - 1]!.end) };
}

/** An end offset moved past the closing marks right after it ("loophole,”", "continues”", "(“beaners”)"). */
const withClosingMarks = (text: string, end: number): number => end + (/^,?[”"’')]+/.exec(text.slice(end))?.[0].length ?? 0);

/** The sentence opens with "as" (after lead words) and `source` follows it: "But as Politico reported, …". */
function opensWithAs(ctx: Context, source: TokenRange): boolean {
  let k = ctx.first;
  while (k < source.from && LEAD_WORD.test(ctx.tokens[k]!.normal)) k++;
  return ctx.tokens[k]!.normal === 'as' && source.from === k + 1;
}

/**
 * "argues that “only Ted Cruz can beat Donald Trump. John Kasich can’t do it.”": a quotation the
 * content opens runs on past the sentence end, and the content with it.
 */
function throughQuotation(quotations: readonly Quotation[], content: Span): Span {
  const quote = quotations.find((q) => q.start >= content.start && q.start < content.end && q.end > content.end);
  return quote ? { start: content.start, end: quote.end } : content;
}

/**
 * "The only regret he acknowledged was a failed promise" / "…, which it had said was unacceptable":
 * a content that opens with its verb has its subject right before the source; one that opens with
 * "as" its object.
 */
function extractedSubject(ctx: Context, source: TokenRange, content: Span): Span | null {
  const { text, tokens, first } = ctx;
  const opening = tokens[firstStartingAt(tokens, content.start)];
  // "…, which he described as “like an open orchid”": the relative pronoun is what is described.
  if (opening?.normal === 'as' && source.from > first && /^(?:which|whom|who|that)$/.test(tokens[source.from - 1]!.normal)) return rangeSpan(tokens, { from: source.from - 1, to: source.from });
  if (!opening || !isFiniteVerb(opening) || isCueHead(opening) || source.from <= first || !/^\s+$/.test(text.slice(tokens[source.from - 1]!.end, tokens[source.from]!.start))) return null;
  if (RELATIVE_PRONOUN.test(tokens[source.from - 1]!.normal)) return rangeSpan(tokens, { from: source.from - 1, to: source.from });
  const phrase = phraseBefore(text, tokens, source.from, first);
  return phrase ? rangeSpan(tokens, phrase) : null;
}

/** Between `from` and `to`, only adverbs and phrases opened by a preposition ("pointedly, with a smile", "in response", "back"). */
function onlyAdjuncts(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx;
  let adjunct = false;
  for (let k = firstStartingAt(tokens, from); k >= 0 && k < tokens.length && tokens[k]!.end <= to; k++) {
    const t = tokens[k]!;
    if (t.tags.includes('Preposition')) adjunct = true;
    else if (isFiniteVerb(t) || (!adjunct && !t.tags.includes('Adverb'))) return false;
  }
  return true;
}

/** A cue head among the tokens between offsets `from` and `to`. */
function cueInside(ctx: Context, from: number, to: number): boolean {
  const { tokens } = ctx;
  const first = firstStartingAt(tokens, from);
  for (let k = first; k >= 0 && k < tokens.length && tokens[k]!.end <= to; k++) if (isCueHead(tokens[k]!, tokens[k + 1])) return true;
  return false;
}

/** Verbs that put a question to someone, and the words such a content may open with besides CONTENT_OPENER's. */
const QUESTION_VERB = /^(?:ask|asks|asked|asking)$/;
// (Not after a comma: "asked Kasich, who is fourth in the count, to …" opens a relative clause.)
const QUESTION_OPENER = /^\s+(?:who|whom|which|where|about)\b/i;

/** Prepositions that attach a place or an occasion to an addressee ("a crowd in Windham", "reporters on Monday"). */
const ADDRESSEE_PREPOSITION = /^(?:in|on|at|during|of|from|after|before)$/;

/**
 * Where the content starts after the addressee of a cue verb that names one first, or `at`:
 * "told The Post and Courier newspaper of Charleston on Saturday that …", "is telling a packed
 * crowd in Windham, New Hampshire, that …", "told The Washington Post he was …".
 */
function pastAddressee(ctx: Context, at: number): number {
  const { text, tokens, sentence, end, head } = ctx;
  let k = firstStartingAt(tokens, at);
  if (k < 0 || k >= end) return at;
  // "asked Trump about …", "asked our followers who …", "Asked by a reporter whether …": a question's content opens on its topic or its wh-word, past whoever was asked.
  const question = QUESTION_VERB.test(head.normal);
  const opens = (rest: string) => CONTENT_OPENER.test(rest) || (question && QUESTION_OPENER.test(rest));
  if (question && tokens[k]!.normal === 'by' && k + 1 < end) k++;
  const from = k;
  while (k < end && k - from <= 20) {
    if (k > from && ADDRESSEE_PREPOSITION.test(tokens[k]!.normal)) k++;
    const phrase = k < end ? phraseAfter(text, tokens, k, end) : null;
    if (!phrase) return at;
    const subject = tokens.slice(phrase.from + 1, phrase.to).find((x) => SUBJECT_PRONOUN.test(x.normal));
    if (subject) return subject.start;
    // "told The Star-Ledger of Newark last week she would …": the time's first word was read into the phrase.
    const to = phrase.to - phrase.from > 1 && TIME_OPENER.test(tokens[phrase.to - 1]!.normal) && tokens[phrase.to]?.tags.includes('Date') ? phrase.to - 1 : phrase.to;
    const time = timeEnd(ctx, tokens[to - 1]!.end);
    // "urged Democrats to vote …": an infinitive's content keeps its subject, the addressee.
    if (opens(text.slice(time, sentence.end))) return /^\s*to\b/i.test(text.slice(time)) ? at : time;
    const next = firstStartingAt(tokens, time);
    // "told the crowd, he's been known …", "told AP on Monday she …": a subject pronoun after a comma or a time opens the content.
    const pause = time > tokens[to - 1]!.end || /^\s*,\s*$/.test(text.slice(time, tokens[next]?.start ?? time));
    if (pause && next > 0 && next < end && SUBJECT_PRONOUN.test(tokens[next]!.normal) && (/['’]/.test(tokens[next]!.normal) || (tokens[next + 1] !== undefined && isFiniteVerb(tokens[next + 1]!)))) return tokens[next]!.start;
    k = to;
    // The addressee runs on past a comma or a preposition ("Windham, New Hampshire,").
    if (k >= end || !(/^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || ADDRESSEE_PREPOSITION.test(tokens[k]!.normal))) return at;
  }
  return at;
}

/** Where the content starts after an addressee introduced by "to" ("wrote to Sanders’ Senate office that …", "explained to reporters: …"), or `at`. */
function pastToAddressee(ctx: Context, at: number): number {
  const { text, tokens, sentence, end } = ctx;
  const k = firstStartingAt(tokens, at);
  if (k < 0 || k + 1 >= end || tokens[k]!.normal !== 'to' || tokens[k + 1]!.tags.includes('Verb')) return at;
  const phrase = phraseAfter(text, tokens, k + 1, end);
  if (!phrase) return at;
  const time = timeEnd(ctx, tokens[phrase.to - 1]!.end);
  return /^\s*[:,]?\s*(?:that\b|["“]|'')/i.test(text.slice(time, sentence.end)) ? time : at;
}

/**
 * Past a time adjunct starting at `at` ("on Friday", "Tuesday morning", "last week") when a content
 * opener follows it ("told AP on Monday that …"), or `at` ("condemns Saturday's attack").
 */
function afterTime(ctx: Context, at: number): number {
  const after = timeEnd(ctx, at);
  return CONTENT_OPENER.test(ctx.text.slice(after, ctx.sentence.end)) ? after : at;
}

/** The end of a time adjunct starting at `at` ("on Friday", "Tuesday morning", "last week"), or `at`. */
function timeEnd(ctx: Context, at: number): number {
  const { tokens, end } = ctx;
  let k = firstStartingAt(tokens, at);
  if (k < 0) return at;
  const from = k;
  if (!opensTime(tokens[k]!)) return at;
  if (!tokens[k]!.tags.includes('Date') && tokens[k + 1]?.tags.includes('Date')) k++;
  while (k < end && tokens[k]!.tags.includes('Date')) k++;
  if (k === from || !tokens[k - 1]!.tags.includes('Date')) return at;
  return k < end && PART_OF_DAY.test(tokens[k]!.normal) ? tokens[k]!.end : tokens[k - 1]!.end;
}

const TIME_OPENER = /^(?:last|this|next|early|late|earlier|later)$/;
/** A token a time adjunct can open with: a date word, "on" or a relative word before one. */
const opensTime = (t: Token): boolean => t.tags.includes('Date') || t.normal === 'on' || TIME_OPENER.test(t.normal);
const PART_OF_DAY = /^(?:morning|afternoon|evening|night)$/;

/**
 * The subject of a cue it does not touch: across a time adjunct ("the Kentucky Republican on
 * Tuesday dismissed") or a coordination ("The Arizona Republican survived … and says").
 */
/**
 * "Trump went on to say …", "Weaver is expected to argue …", "tweeted on Friday to say …": an
 * infinitive cue's speaker is the subject of the verb it completes. An object between them ("told
 * them to say") makes it that verb's content instead, so only verbs, adverbs and dates may intervene.
 */
function controllingSubject(ctx: Context, from: number): TokenRange | null {
  const { text, tokens, first } = ctx;
  const to = tokens[from]!.normal === 'to' ? from : tokens[from - 1]?.normal === 'to' ? from - 1 : -1;
  if (to <= first) return null;
  let k = to;
  let verbs = 0;
  while (k - 1 >= first && !/[,;:()"“”]|''/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
    const t = tokens[k - 1]!;
    if (t.tags.includes('Verb')) verbs++;
    // "voters are more likely to say", "is ready to announce": a predicative adjective between copula and infinitive.
    else if (!t.tags.includes('Adverb') && !t.tags.includes('Date') && !(t.tags.includes('Adjective') && !t.tags.includes('Noun')) && !/^(?:on|last|this)$/.test(t.normal)) break;
    k--;
  }
  if (verbs > 0 && k < to) return sourceBefore(text, tokens, k, first) ?? coordinatedSubject(ctx, k, from);
  // "Ramos used his acceptance speech to call for …": after the object of a verb that does not hand
  // the infinitive to its object, the infinitive is the purpose of that verb's subject.
  const object = verbs === 0 && k === to ? phraseBefore(text, tokens, to, first) : null;
  const verb = object ? object.from - 1 : -1;
  if (verb <= first || !isFiniteVerb(tokens[verb]!) || ['Copula', 'Auxiliary'].some((tag) => tokens[verb]!.tags.includes(tag)) || controlsObject(tokens[verb]!) || isCueHead(tokens[verb]!) || /[,;:()"“”]|''/.test(text.slice(tokens[verb]!.end, tokens[object!.from]!.start))) return null;
  let subjectEnd = verb;
  while (subjectEnd - 1 > first && (tokens[subjectEnd - 1]!.tags.includes('Verb') || tokens[subjectEnd - 1]!.tags.includes('Adverb'))) subjectEnd--;
  return sourceBefore(text, tokens, subjectEnd, first);
}

function distantSubject(ctx: Context, from: number): TokenRange | null {
  const { text, tokens, first } = ctx;
  let k = from;
  while (k - 1 >= first && (tokens[k - 1]!.tags.includes('Date') || /^(?:on|last|this|earlier|later|today|yesterday|however)$/.test(tokens[k - 1]!.normal))) k--;
  const dated = k < from ? sourceBefore(text, tokens, k, first) : null;
  if (dated) return dated;
  // "Scott has freed up $26 million … and on Monday announced": a verb coordinated with the first one shares its subject.
  return coordinatedSubject(ctx, k, from) ?? sentenceSubject(ctx, from);
}

/** The subject of the sentence's first verb when "and"/"but" before token `k` coordinates the verb at `cue` with it. */
function coordinatedSubject(ctx: Context, k: number, cue: number): TokenRange | null {
  if (k - 1 <= ctx.first || !/^(?:and|but)$/.test(ctx.tokens[k - 1]!.normal)) return null;
  return leadingSubject(ctx, cue) ?? firstVerbSubject(ctx, k - 1);
}

/**
 * "New York, Sep 1 2013 - Secretary-General Ban Ki-moon today condemned …, and urged …": past a
 * dateline, the subject of the sentence's first finite verb before `before`.
 */
function firstVerbSubject(ctx: Context, before: number): TokenRange | null {
  const { text, tokens, first } = ctx;
  let verb = first + 1;
  while (verb < before && !isFiniteVerb(tokens[verb]!)) verb++;
  if (verb >= before) return null;
  while (verb - 1 > first && TIME_ADVERB.test(tokens[verb - 1]!.normal)) verb--;
  return phraseBefore(text, tokens, verb, first);
}

/** Time words between a subject and its verb ("Ban Ki-moon today condemned"). */
const TIME_ADVERB = /^(?:today|yesterday|tonight|now|also|earlier|later)$/;

/**
 * The sentence's subject, past a lead word or an opening adjunct ("In today's statement, Mr. Ban
 * urged …"), when a verb follows it, across a time adverb ("Ban Ki-moon today condemned …").
 */
function leadingSubject(ctx: Context, cue: number): TokenRange | null {
  const { text, tokens, first } = ctx;
  let k = first;
  while (k < cue && LEAD_WORD.test(tokens[k]!.normal)) k++;
  const pastComma = (from: number) => {
    let j = from;
    while (j + 1 < cue && !/,/.test(text.slice(tokens[j]!.end, tokens[j + 1]!.start))) j++;
    return j + 1;
  };
  // "In Salem, New Hampshire, Trump …", "Speaking in Iowa, Sanders …", "After losing Iowa, Clinton …":
  // opening adjuncts, and a place set off by commas after them, come before the subject.
  if (k < cue && (['Preposition', 'Date', 'Gerund'].some((tag) => tokens[k]!.tags.includes(tag)) || SUBORDINATOR.test(tokens[k]!.normal))) {
    k = pastComma(k);
    const place = k < cue ? phraseAfter(text, tokens, k, cue) : null;
    if (place && place.to < cue && /^\s*,/.test(text.slice(tokens[place.to - 1]!.end, tokens[place.to]!.start)) && tokens.slice(place.from, place.to).every((t) => t.tags.includes('ProperNoun') || t.tags.includes('Place'))) k = place.to;
  }
  const subject = k < cue ? phraseAfter(text, tokens, k, cue) : null;
  if (!subject || subject.to >= cue) return null;
  let verb = subject.to;
  // "Ban Ki-moon today condemned", "Sanders often questions": adverbs between the subject and its verb.
  while (verb < cue && (TIME_ADVERB.test(tokens[verb]!.normal) || tokens[verb]!.tags.includes('Adverb'))) verb++;
  return verb < cue && tokens[verb]!.tags.includes('Verb') ? subject : null;
}

/** Verbs whose object is the subject of a participle after it ("heard voters saying", "quoted him as saying"). */
const PERCEIVING = /^(?:hear|hears|heard|hearing|see|sees|saw|seen|seeing|watch|watches|watched|watching|quote|quotes|quoted|quoting|show|shows|showed|shown|showing|find|finds|found|catch|catches|caught|imagine|imagined|remember|remembered|recall|recalled|leave|left|keep|kept|have|has|had)$/;
/** The phrase is the object of a lexical verb right before it (not a copula's complement, not a perceiving verb's object). */
function isObjectOf(tokens: readonly Token[], phrase: TokenRange): boolean {
  const verb = tokens[phrase.from - 1];
  return verb !== undefined && verb.tags.includes('Verb') && !['Copula', 'Auxiliary', 'Modal'].some((tag) => verb.tags.includes(tag)) && !PERCEIVING.test(verb.normal);
}

/**
 * "The fracas erupted two months after the real estate tycoon entered the race, calling …": a
 * participle after a comma hangs on the nearest clause before it, whose subject is its source; a
 * relative clause ("the plan that Y proposed") is skipped for the clause it sits in.
 */
function nearestSubject(ctx: Context, cue: number): TokenRange | null {
  const { text, tokens, first } = ctx;
  // Within a few dozen words: in a sentence of thousands, every participle would scan back to its start.
  for (let j = cue - 1; j > Math.max(first, cue - 40); j--) {
    if (!isFiniteVerb(tokens[j]!) || ['Copula', 'Auxiliary'].some((tag) => tokens[j - 1]!.tags.includes(tag))) continue;
    let verb = j;
    while (verb - 1 > first && (tokens[verb - 1]!.tags.includes('Adverb') || ['Auxiliary', 'Modal'].some((tag) => tokens[verb - 1]!.tags.includes(tag)) || /^(?:has|have|had|is|are|was|were|will|would|did|does|do)$/.test(tokens[verb - 1]!.normal))) verb--;
    const subject = phraseBefore(text, tokens, verb, first);
    if (!subject || subject.to !== verb) return null;
    if (RELATIVE_PRONOUN.test(tokens[subject.from]!.normal) || (subject.from > first && RELATIVE_PRONOUN.test(tokens[subject.from - 1]!.normal))) {
      j = subject.from;
      continue;
    }
    // Only a name or a personal pronoun, which the tagger reads reliably, is trusted over the sentence's subject.
    const words = tokens.slice(subject.from, subject.to);
    return words.some((t) => t.tags.includes('ProperNoun') || (t.tags.includes('Pronoun') && SUBJECT_PRONOUN.test(t.normal) && t.normal !== 'it')) && !words.some((t) => t.tags.includes('Verb')) ? subject : null;
  }
  return null;
}

/**
 * "Yellen is likely to stress that …" / "Mr. Trump has lately started asking …": the sentence's
 * subject when no other cue stands between it and this one.
 */
function sentenceSubject(ctx: Context, cue: number): TokenRange | null {
  const subject = leadingSubject(ctx, cue);
  return subject && !ctx.tokens.slice(subject.to, cue).some((t) => isCueHead(t)) ? subject : null;
}

/** Words that open a subordinate clause before the main one ("When …, X did Y"). */
const SUBORDINATOR = /^(?:when|as|while|after|before|although|though|if|because|since|until|once|whereas|whenever)$/;
/** A finite verb among the tokens from `from` that end by `end`. */
function hasFiniteVerb(tokens: readonly Token[], from: number, end: number): boolean {
  for (let k = from; k < tokens.length && tokens[k]!.end <= end; k++) if (isFiniteVerb(tokens[k]!)) return true;
  return false;
}

/**
 * The first token from `from` on before which a content's clause stops, or the sentence's end token.
 * Memoised per document: every cue of a sentence scans the same tokens, which was quadratic in a
 * sentence of thousands of tokens.
 */
function clauseStop(ctx: Context, from: number): number {
  const visited: number[] = [];
  let stop = ctx.end;
  for (let k = from; k > 0 && k < ctx.end; k++) {
    const known = ctx.clauseStops.get(k);
    if (known !== undefined) {
      stop = known;
      break;
    }
    visited.push(k);
    if (stopsClause(ctx, k)) {
      stop = k;
      break;
    }
  }
  for (const k of visited) ctx.clauseStops.set(k, stop);
  return stop;
}

/** True when a content's clause ends before token k. */
function stopsClause(ctx: Context, k: number): boolean {
  const { text, tokens, first, end } = ctx;
  const t = tokens[k]!;
  const gap = text.slice(tokens[k - 1]!.end, t.start);
  // "…threats. ''Violent threats …'' he said": a new quoted sentence the segmenter did not split off.
  if (/[;—]|[.!?]\s+(?:''|["“])/.test(gap)) return true;
  // "urged Iraq to restore security and stressed that …": a second cue verb of the same source.
  if (/^(?:and|but)$/.test(t.normal) && k + 1 < end && isFiniteVerb(tokens[k + 1]!) && isCueHead(tokens[k + 1]!, tokens[k + 2])) return true;
  if (!/,\s*$/.test(gap)) return false;
  // "argue that, while the tax may …, workers won’t …": the clause "that" opens has not begun yet.
  if (tokens[k - 1]!.normal === 'that' && (SUBORDINATOR.test(t.normal) || /^(?:while|whereas|despite|in)$/.test(t.normal))) return false;
  // "…, and that …", "…, but not …", "…, including …": the content coordinates or lists on.
  if (CONTINUES_CONTENT.test(t.normal) || (/^(?:and|but|or)$/.test(t.normal) && /^(?:that|not|whether)$/.test(tokens[k + 1]?.normal ?? ''))) return false;
  // "…, increasing the area …, and bringing of sandbags": the last item of a list of gerunds.
  if (t.normal === 'and' && tokens[k + 1]?.tags.includes('Gerund') && closesGerundList(ctx, k)) return false;
  // "documented the killings of 61 men …, and the killing of at least 48 men …": a coordinated object, no verb of its own.
  if (t.normal === 'and' && k + 1 < end) {
    const object = phraseAfter(text, tokens, k + 1, end);
    if (object && (object.to >= end || !['Verb', 'Adverb'].some((tag) => tokens[object.to]!.tags.includes(tag)))) return false;
  }
  // "that Sanders, who did win Rhode Island, would likely place …", "while her opponent, Donald Trump,
  // wants …": a relative clause or an apposition inside the subject of a content clause.
  if (describesClauseSubject(ctx, k)) return false;
  // ", which …", ", while …", ", drawing boos", ", according to": a clause of the writer's own follows.
  // (", saying …" read as a noun by the tagger is a participle too.)
  // (…but "the return of T-walls, increasing the area …, and bringing of sandbags" lists gerunds.)
  if (TRAILING_CLAUSE.test(t.normal) || (t.tags.includes('Gerund') && !listsGerunds(ctx, k)) || (/ing$/.test(t.normal) && isCueHead(asVerb(t))) || t.normal === 'according') return true;
  // "Barkley, who said he votes Democratic, said …": a finite cue verb right after the comma is the main clause's.
  // (…but "while her opponent, Donald Trump, wants …": the verb of a subject with an apposition.)
  if (isFiniteVerb(t) && !t.tags.includes('Participle') && isCueHead(t, tokens[k + 1]) && !closesInsertion(ctx, k)) return true;
  const np = phraseAfter(text, tokens, k, end);
  // "When Trump said the wall would be built, the crowd cheered", "Asked about his plan, the senator
  // would only say …": the main clause after an opening subordinate or participial clause is not part of the content.
  // (…and "While Clinton has condemned the proposal, the groups who wrote to her say …": the subject may carry a relative clause.)
  if (opensSubordinate(text, tokens, first, k) && np && np.to < end && (isFiniteVerb(tokens[afterAdverbs(tokens, np.to, end)]!) || (/^(?:who|that|which)$/.test(tokens[np.to]!.normal) && hasFiniteVerb(tokens, np.to + 2, tokens[end - 1]!.end)))) return true;
  // "…, sources said …" / "…, said the spokesman.": the rest is another claim's cue clause.
  const cue = np ? np.to : k;
  return cue < end && isCueHead(tokens[cue]!) && (np !== null || isShortTail(ctx, phraseAfter(text, tokens, cue + 1, end)?.to ?? cue + 1));
}

/** The first token from `k` on that is no adverb ("he infamously referred"), or `end - 1`. */
function afterAdverbs(tokens: readonly Token[], k: number, end: number): number {
  while (k < end - 1 && tokens[k]!.tags.includes('Adverb')) k++;
  return k;
}

/**
 * The relative clause or apposition opened at token `k` describes the subject of a content clause: the
 * noun phrase before its comma follows "that", a subordinator or the cue ("said the annual talks, which
 * started …, remained"), and after the closing comma comes the verb.
 */
function describesClauseSubject(ctx: Context, k: number): boolean {
  const { text, tokens, first, end } = ctx;
  const subject = phraseBefore(text, tokens, k, first);
  const opener = subject && subject.from > first ? tokens[subject.from - 1]! : null;
  if (!subject || !opener) return false;
  const conjunction = /^(?:that|whether|if)$/.test(opener.normal) || SUBORDINATOR.test(opener.normal);
  if (!conjunction && !isCueHead(opener, tokens[subject.from])) return false;
  // An apposition has no verb of saying ("the plan, the mayor said, would fail" sets off a cue clause); a relative clause may.
  const relative = /^(?:who|which)$/.test(tokens[k]!.normal);
  for (let j = k + 1; j < Math.min(end, k + 40); j++) {
    // After a cue's object, a cue verb is the sentence's own ("X, thinking about Y, said …").
    if (j > k + 1 && /,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) {
      const verb = tokens[afterAdverbs(tokens, j, end)]!;
      return isFiniteVerb(verb) && (conjunction || !isCueHead(verb));
    }
    if (!relative && isFiniteVerb(tokens[j]!) && isCueHead(tokens[j]!, tokens[j + 1])) return false;
  }
  return false;
}

/** The comma before token `k` closes a relative clause or an apposition inside a content clause's subject. */
function closesInsertion(ctx: Context, k: number): boolean {
  const { text, tokens, first } = ctx;
  for (let j = k - 2; j > Math.max(first, k - 40); j--) {
    if (/,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) return describesClauseSubject(ctx, j);
  }
  return false;
}

/**
 * The sentence's first word opens a subordinate clause ("When …"), or a participial one ("Asked …",
 * "Touting …") that the comma before token `k` is the first to close.
 */
function opensSubordinate(text: string, tokens: readonly Token[], first: number, k: number): boolean {
  let opener = first;
  while (opener + 1 < k && LEAD_WORD.test(tokens[opener]!.normal)) opener++;
  const t = tokens[opener]!;
  if (SUBORDINATOR.test(t.normal)) return true;
  // "Asked about …,", "But in describing the plan …,": a participle, or a preposition before a gerund.
  const participle = ['Gerund', 'Participle', 'PastTense'].some((tag) => t.tags.includes(tag)) || (t.tags.includes('Preposition') && tokens[opener + 1]?.tags.includes('Gerund') === true);
  return participle && firstComma(text, tokens, first) >= tokens[k - 1]!.end;
}

/** Per token list, the first comma after each sentence's first token: looked up once, however long the sentence. */
const FIRST_COMMAS = new WeakMap<readonly Token[], Map<number, number>>();
function firstComma(text: string, tokens: readonly Token[], first: number): number {
  let known = FIRST_COMMAS.get(tokens);
  if (!known) FIRST_COMMAS.set(tokens, (known = new Map()));
  let at = known.get(first);
  if (at === undefined) known.set(first, (at = text.indexOf(',', tokens[first]!.end)));
  return at;
}

/** The token read as a gerund, whatever the tagger made of it (", adding that …" tagged as a noun). */
const asVerb = (t: Token): Token => ({ ...t, tags: ['Verb', 'Gerund'] });

/** A gerund at token `k` is an item of a list closed by ", and <gerund>" within a few words. */
function listsGerunds(ctx: Context, k: number): boolean {
  const { text, tokens, end } = ctx;
  for (let j = k + 1; j + 1 < Math.min(end, k + 25); j++) {
    if (tokens[j]!.normal === 'and' && /,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && tokens[j + 1]!.tags.includes('Gerund')) return true;
  }
  return false;
}

/** The "and" at token `k` follows a list item opened by a gerund after a comma within a few words. */
function closesGerundList(ctx: Context, k: number): boolean {
  const { text, tokens, first } = ctx;
  for (let j = k - 1; j > Math.max(first, k - 25); j--) {
    if (/,/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start)) && tokens[j]!.tags.includes('Gerund')) return true;
  }
  return false;
}

/** clauseEnd for another recognizer: where a content starting at `at` inside sentence `index` ends. */
export function contentEnds(doc: ClaimsInput): (index: number, at: number) => number {
  const { text, tokens, sentences, quotations } = doc;
  const bounds = sentenceTokens(tokens, sentences.length, doc.zones.filter((z) => z.kind === 'dateline'));
  const clauseStops = new Map<number, number>();
  return (index, at) => {
    const { first, end } = bounds[index]!;
    return clauseEnd({ text, tokens, quotations, sentence: sentences[index]!, first, end, head: tokens[first]!, clauseStops }, at);
  };
}

/**
 * "endorsed Trump last week and has appeared at his side", "considers himself an immigrant even
 * though he …": a content that is the cue's object (a noun phrase or an infinitive, not a clause)
 * ends before a verb coordinated with the cue or a clause with a subject of its own; both are the writer's.
 */
function objectEnd(ctx: Context, content: Span): Span {
  const { text, tokens, end } = ctx;
  const from = firstStartingAt(tokens, content.start);
  // An infinitive is scanned like an object; a subject pronoun opens a clause the tagger may not see the verb of ("they fear Obama").
  const infinitive = from >= 0 && from + 1 < end && tokens[from]!.normal === 'to' ? { from, to: from + 2 } : null;
  const object = infinitive ?? (from >= 0 && from < end && !CLAUSE_INSIDE.test(text.slice(content.start, tokens[from]!.end)) && !/^(?:i|he|she|we|they)$/.test(tokens[from]!.normal) ? phraseAfter(text, tokens, from, end) : null);
  if (!object) return content;
  // A time or medium after the object is the writer's; an infinitive's, or a named object's ("called X on Sunday “childish”"), runs on.
  const adjunctsEnd = !infinitive && !namesObject(ctx.head);
  // "posted her allegiance on Facebook", "is thanking supporters at a victory rally": the phrase read the medium or the occasion into the object
  // ("in" or "on" may still modify the noun: "participants in the meeting", "blamed the attack on a video").
  for (let k = object.from + 1; adjunctsEnd && k < object.to; k++) {
    const occasion = /^(?:at|during)$/.test(tokens[k]!.normal) && OCCASION_PHRASE.test(text.slice(tokens[k]!.start, content.end)) && !predicatesObject(tokens, k, content.end);
    if (tokens[k]!.tags.includes('Preposition') && (occasion || isWritersAdjunct(ctx, k, content, true))) return trimSpan(text, { start: content.start, end: tokens[k - 1]!.end }, /[\s,;:—–-]/);
  }
  if (object.to >= end) return content;
  // "A gunman claiming allegiance to Islamic State shot dead 14 people": a participle inside the
  // sentence's subject has its object only; the verb after it is the sentence's.
  if (isFiniteVerb(tokens[object.to]!)) return modifiesSubject(ctx) ? trimSpan(text, { start: content.start, end: tokens[object.to - 1]!.end }, /[\s,;:—–-]/) : content;
  // "called him a “nice guy” and he didn’t …": words inside a quotation are the object's own.
  const quoted = ctx.quotations.filter((q) => q.start >= content.start && q.start < content.end);
  const objectWithModifiers = modifiedPhraseEnd(ctx, object.to);
  for (let k = object.to; k < end && tokens[k]!.end <= content.end; k++) {
    const t = tokens[k]!;
    if (quoted.some((q) => q.start < t.start && t.end <= q.end)) continue;
    // "calling them rapists and vowing to …": a gerund cue's coordinated gerund is the writer's too.
    const coordinated = /^(?:and|but)$/.test(t.normal) && k + 1 < end && (isFiniteVerb(tokens[k + 1]!) || (ctx.head.tags.includes('Gerund') && isGerundPredicate(tokens, k + 1)));
    const clause = /^(?:and|but|while|whereas|when|as|though|although|because|since|once)$/.test(t.normal) && startsClause(ctx, k + 1);
    // "thanked supporters | at a victory rally in Vermont", "criticized the analogy | during a campaign speech": the occasion is the writer's.
    const occasion = /^(?:in|at|during|on)$/.test(t.normal) && OCCASION_PHRASE.test(text.slice(t.start, content.end));
    const adjunct = adjunctsEnd && (k === object.to || k === objectWithModifiers) && isWritersAdjunct(ctx, k, content, k !== object.to);
    if (occasion || adjunct) return trimSpan(text, { start: content.start, end: tokens[k - 1]!.end }, /[\s,;:—–-]/);
    // "even though …": the adverb goes with the clause it opens. ("if …" states the content's condition.)
    const cut = t.normal === 'though' && tokens[k - 1]!.normal === 'even' ? k - 1 : k;
    if (coordinated || clause) {
      const last = tokens[cut - 1]!;
      const closing = quoted.find((q) => q.start < last.start && last.end <= q.end);
      return trimSpan(text, { start: content.start, end: closing ? closing.end : last.end }, /[\s,;:—–-]/);
    }
    // A clause of the content's own comes first ("knows for sure that …").
    if (isFiniteVerb(t) || t.normal === 'that') return content;
  }
  return content;
}

/**
 * The cue is a participle right after a common noun or a name, with no finite verb before it in its
 * clause (back to the sentence start, a subordinator or "that"): it modifies the clause's subject.
 */
function modifiesSubject(ctx: Context): boolean {
  const { text, tokens, first, head } = ctx;
  if (!isGerundCue(head)) return false;
  const at = firstStartingAt(tokens, head.start);
  const noun = tokens[at - 1];
  if (at <= first || !noun!.tags.includes('Noun') || ['Pronoun', 'Adjective'].some((tag) => noun!.tags.includes(tag)) || (CONTRACTED_AUXILIARY.test(noun!.text) && !noun!.tags.includes('Possessive')) || !/^\s+$/.test(text.slice(noun!.end, head.start))) return false;
  for (let k = at - 1; k >= first; k--) {
    if (at - k > 40 || isFiniteVerb(tokens[k]!) || (k + 1 < at && /[,;:]/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start)))) return false;
    if (SUBORDINATOR.test(tokens[k]!.normal) || tokens[k]!.normal === 'that') return true;
  }
  return true;
}

/** Words a time adjunct opens with: "on Friday", "last week", "yesterday" (a bare "Wednesday" may be the noun's: "the bombing late Wednesday"). */
const TIME_WORD = /^(?:on|last|this|next|earlier|later|today|yesterday|tonight)$/;
/** "on Twitter", "in a tweet": where it was said, which a noun phrase never means. */
const MEDIUM_PHRASE = new RegExp(`^(?:in|on|via)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:${MEDIUM}|social\\s+media)\\b`, 'i');
/** "on Twitter", "in a tweet", "in June 2015", "in recent years": where or when, not what. */
const MEDIUM_OR_TIME_PHRASE = new RegExp(`^(?:in|on|at|during|via)\\s+(?:(?:a|an|the|his|her|their|its)\\s+)?(?:(?:early|late|mid|recent|past)[\\s-]+)?(?:${MEDIUM}|social\\s+media|print|${TIME}s?|\\d{4}|past|days|weeks|months|years)\\b`, 'i');

/**
 * "endorsed Cruz last week", "posted the image on Twitter", "endorsed Trump in early June": a time
 * or a medium (only a medium when `mediumOnly`) opening at token `k` after a noun-phrase object is the
 * writer's adjunct, not part of what was said. Not when a verb follows ("said the gathering in
 * September would be …": the object was a subject).
 */
function isWritersAdjunct(ctx: Context, k: number, content: Span, mediumOnly = false): boolean {
  const { text, tokens } = ctx;
  const t = tokens[k]!;
  const phrase = text.slice(t.start, t.start + 60);
  const named = mediumOnly ? MEDIUM_PHRASE.test(phrase) : MEDIUM_OR_TIME_PHRASE.test(phrase) || (TIME_WORD.test(t.normal) && timeEnd(ctx, t.start) > t.start);
  return named && !predicatesObject(tokens, k, content.end);
}

/** Past the prepositional phrases modifying a noun phrase that ends before token `k` ("allegiance | to ISIS | on Facebook"). */
function modifiedPhraseEnd(ctx: Context, k: number): number {
  const { text, tokens, end } = ctx;
  while (k + 1 < end && /^(?:of|to|for|with|against|about|from)$/.test(tokens[k]!.normal) && !tokens[k + 1]!.tags.includes('Verb')) {
    const phrase = phraseAfter(text, tokens, k + 1, end);
    if (!phrase) break;
    k = phrase.to;
  }
  return k;
}

/**
 * A finite verb from token `k` on makes the object its subject ("the gathering in September would be
 * …") or the head of a relative clause ("a bill in 2013 that created …"); not one in a subordinate
 * clause ("… on Facebook minutes before the shootings occurred").
 */
function predicatesObject(tokens: readonly Token[], k: number, end: number): boolean {
  for (let j = k; j < tokens.length && tokens[j]!.end <= end; j++) {
    if (SUBORDINATOR.test(tokens[j]!.normal)) return false;
    if (isFiniteVerb(tokens[j]!)) return true;
  }
  return false;
}

/**
 * "telling CNN that Trump is a “faker” and questioning how he …": a gerund cue's content, of any kind,
 * ends before "and" with a gerund heading a predicate of its own, which goes on the cue, not the content.
 */
function beforeCoordinatedGerund(ctx: Context, content: Span): Span {
  const { text, tokens, quotations, head } = ctx;
  if (!isGerundCue(head)) return content;
  const from = firstStartingAt(tokens, content.start);
  // Within a few dozen words of the cue: scanning a content of thousands for every gerund would be quadratic.
  for (let k = from; k >= 0 && k - from < 60 && k + 1 < tokens.length && tokens[k + 1]!.end <= content.end; k++) {
    const t = tokens[k]!;
    if (t.normal !== 'and' || quotations.some((q) => q.start < t.start && t.end <= q.end) || !isGerundPredicate(tokens, k + 1)) continue;
    // The closing marks right after the last word stay ("“The struggle continues”", "(“beaners”)").
    return trimSpan(text, { start: content.start, end: withClosingMarks(text, tokens[k - 1]!.end) }, /[\s,;:—–-]/);
  }
  return content;
}

/**
 * A gerund at token `k` heads a predicate of its own ("vowing to …", "making his pitch"), not a
 * noun's modifier ("unemployment and growing economic inequality", "droughts and rising sea levels").
 */
function isGerundPredicate(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  if (!t.tags.includes('Gerund')) return false;
  return isCueHead(t, next) || (next !== undefined && (['Determiner', 'Pronoun', 'Possessive', 'Preposition'].some((tag) => next.tags.includes(tag)) || next.normal === 'to'));
}

/** True when a noun phrase with a finite verb after it starts at token k ("he faces", "Clinton said"). */
function startsClause(ctx: Context, k: number): boolean {
  const { text, tokens, end } = ctx;
  const subject = k < end ? phraseAfter(text, tokens, k, end) : null;
  return subject !== null && subject.to < end && isFiniteVerb(tokens[subject.to]!);
}

/** Where a content starting at `at` ends: the sentence end, or before ", adding …" / ", according to". */
function clauseEnd(ctx: Context, at: number): number {
  const { text, tokens, sentence, end } = ctx;
  // A content that starts inside a quotation ends with it.
  const quote = ctx.quotations.find((q) => q.start < at && at < q.end && q.end < sentence.end);
  let stop = clauseStop(ctx, firstStartingAt(tokens, at + 1));
  // "says despite being a Stanford alumna, she plans to …": a content opened by an adjunct clause goes on to its main clause.
  const opening = firstStartingAt(tokens, at);
  const firstClause = opening >= 0 && stop < end && !/,/.test(text.slice(tokens[opening]!.end, tokens[stop - 1]!.end)) && /^\s*,/.test(text.slice(tokens[stop - 1]!.end, tokens[stop]!.start));
  if (firstClause && /^(?:despite|although|though|while|when|after|before|because|since|once|unless)$/.test(tokens[opening]!.normal) && startsClause(ctx, stop)) stop = clauseStop(ctx, stop + 1);
  if (stop < end && (!quote || tokens[stop - 1]!.end <= quote.end)) return tokens[stop - 1]!.end;
  let e = quote ? quote.end : sentence.end;
  if (quote) while (e > at && /["”']/.test(text[e - 1]!)) e--;
  while (e > at && /[.!?,\s]/.test(text[e - 1]!)) e--;
  return e;
}

/** First token index and end token index (exclusive) of every sentence. */
function sentenceTokens(tokens: readonly Token[], count: number, datelines: readonly Span[]): SentenceTokens[] {
  const out: { first: number; end: number }[] = Array.from({ length: count }, () => ({ first: 0, end: 0 }));
  tokens.forEach((t, i) => {
    // "Baghdad, 30 March 2017 - The Special Representative … condemns": a dateline opening the
    // sentence is never part of its source.
    if (datelines.some((z) => contains(z, t))) return;
    const s = out[t.sentence]!;
    if (s.end === 0) s.first = i;
    s.end = i + 1;
  });
  return out;
}
