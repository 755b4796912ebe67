// Span helpers for claims: trimming, and the noun phrases that name a source, found on compromise's
// tags. Token ranges are half-open [from, to) indexes into the tokens layer.
import type { Span, Token } from '../pipeline/document.js';
import { nlp } from '../segment/nlp.js';
import { closesCompound, isCueHead } from './cue-lexicon.js';

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

/** rangeSpan, closing a parenthesis the range opened ("Sen. Bernie Sanders (I-Vt.)"). */
export function phraseSpan(text: string, tokens: readonly Token[], r: TokenRange): Span {
  const span = rangeSpan(tokens, r);
  const inside = text.slice(span.start, span.end);
  const close = /^\.?\)/.exec(text.slice(span.end, span.end + 2));
  return close && inside.lastIndexOf('(') > inside.lastIndexOf(')') ? { start: span.start, end: span.end + close[0].length } : span;
}

const NP_TAGS = ['Noun', 'ProperNoun', 'Pronoun', 'Determiner', 'Adjective', 'Possessive', 'Acronym', 'Value', 'Organization', 'Person', 'Place', 'Honorific'];
/** Words that join noun phrases inside one source ("ambassador to Baghdad", "Smith and Jones"). */
export const CONNECTOR = /^(?:of|for|to|at|from|in|on|and|&)$/;
/**
 * Before a cue "by" and "with" join them too ("a study by the council found", "a person familiar with
 * the planning says"); after one they open an adjunct ("said Smith by phone").
 */
const CONNECTOR_BEFORE = /^(?:of|for|to|at|from|in|on|and|&|by|with)$/;
/** Words compromise may tag as nouns that never sit inside a source phrase. */
const NOT_NP = /^(?:who|whom|which|that|what|this|these|there|here|there's|here's|when|where|why|how|it's|its|if|but|so|because|as|than|then|now|today|yesterday|tonight)$/;

/** compromise's lexicon (every inflection of its verbs included): a word it lacks was tagged by its ending alone. */
const LEXICON = (nlp.world() as unknown as { model: { one: { lexicon: Record<string, string> } } }).model.one.lexicon;
/** "Weingarten, a longtime Clinton supporter, said": a capitalised word compromise does not know, read as a verb by its ending, is a name. */
const isUnknownName = (t: Token): boolean => /^[A-Z][a-z]/.test(t.text) && t.tags.includes('Verb') && !t.tags.includes('Gerund') && LEXICON[t.normal] === undefined;

const isNpWord = (t: Token): boolean =>
  !NOT_NP.test(t.normal) && !t.tags.includes('Date') && (isUnknownName(t) || (NP_TAGS.some((tag) => t.tags.includes(tag)) && (!t.tags.includes('Verb') || t.tags.includes('Noun'))));

/** A present-tense or base-form lexical verb: what compromise makes of a plural or compound noun's head. */
const isTaggedAsVerb = (t: Token): boolean =>
  (t.tags.includes('PresentTense') || t.tags.includes('Infinitive')) && !['PastTense', 'Auxiliary', 'Modal', 'Copula', 'Gerund'].some((tag) => t.tags.includes(tag));

/** Punctuation between two tokens that a noun phrase never crosses, a dash before a space included ("NCRI- In a letter …"). */
const hardGap = (text: string, a: Token, b: Token): boolean => /[,;:()"“”—–]|-\s|''/.test(text.slice(a.end, b.start));

/**
 * A pronoun or determiner after a verb-tagged word opens a new phrase, which shows the verb is a real
 * one ("Sexton said he thinks", "The magazine said the winner has predicted").
 */
const opensNewPhrase = (t: Token): boolean => t.tags.includes('Pronoun') || t.tags.includes('Determiner');

/**
 * The noun phrase that ends right before token `to` (exclusive) and starts no earlier than `floor`,
 * or null. It never starts or ends on a connector.
 */
export function phraseBefore(text: string, tokens: readonly Token[], to: number, floor: number): TokenRange | null {
  // "Sen. Bernie Sanders (I-Vt.) said": a short parenthesis closes the name before it.
  const open = parenthesisBefore(text, tokens, to, floor);
  if (open !== null) {
    const name = phraseBefore(text, tokens, open, floor);
    return name ? { from: name.from, to } : null;
  }
  if (to < tokens.length && to - 1 >= floor && /[;:)"“”]|''/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) return null;
  return phraseEndingAt(text, tokens, to, floor);
}

/** The noun phrase whose last token is `to - 1`, whatever follows it ("Republican pollster Daron Shaw: “…”"), or null. */
export function phraseEndingAt(text: string, tokens: readonly Token[], to: number, floor: number): TokenRange | null {
  // "After the war it appears …": a personal pronoun is a phrase of its own.
  if (to - 1 >= floor && /^(?:i|you|he|she|it|we|they)$/.test(tokens[to - 1]!.normal)) return { from: to - 1, to };
  let from = to;
  while (from - 1 >= floor) {
    const t = tokens[from - 1]!;
    // compromise tags some nouns right before the cue as verbs when a noun phrase leads up to them
    // ("O’Malley’s campaign says", "The Clinton campaign said", "Other refugee advocates also said").
    // …and inside a compound ("Sanders campaign spokesman Michael Briggs").
    // …and an -ing form after a possessive ("the planning for Thursday’s meeting says").
    const possessed = from - 2 >= floor && /[’']s$/.test(tokens[from - 2]!.text);
    const nounBeforeCue = from - 2 >= floor && (isTaggedAsVerb(t) || (possessed && t.tags.includes('Gerund'))) && (possessed || isNpWord(tokens[from - 2]!)) && (from === to || (isNpWord(tokens[from]!) && !opensNewPhrase(tokens[from]!)));
    // …and past participles used as adjectives ("Democratic registered voters").
    const adjectival = from < to && (t.tags.includes('Participle') || t.tags.includes('PastTense')) && !NEVER_ADJECTIVAL.test(t.normal) && !opensNewPhrase(tokens[from]!) && from - 2 >= floor && isNpWord(tokens[from - 2]!);
    // "This video clearly shows": a demonstrative before a noun is its determiner.
    const demonstrative = from < to && /^(?:this|these)$/.test(t.normal) && isNpWord(tokens[from]!);
    // "fundraising documents show", "the ruling party said": a gerund before the head noun modifies it.
    const gerundModifier = from < to && t.tags.includes('Gerund') && tokens[from]!.tags.includes('Noun') && !opensNewPhrase(tokens[from]!) && (from - 1 === floor || !tokens[from - 2]!.tags.includes('Verb') || tokens[from - 2]!.tags.includes('Noun'));
    // "A court document filed Thursday says", "the planning for Thursday’s meeting": a date after a
    // participle, or a possessive one, belongs to the phrase.
    const dated =
      t.tags.includes('Date') && (/[’']s$/.test(t.text) || (from - 3 >= floor && ['Participle', 'PastTense'].some((tag) => tokens[from - 2]!.tags.includes(tag)) && isNpWord(tokens[from - 3]!)));
    // "House Speaker Paul Ryan says", "Retired neurosurgeon Ben Carson told": the sentence's first word,
    // capitalised before a noun, is a modifier the tagger read as a verb.
    const opening = from < to && from - 1 === floor && /^[A-Z]/.test(t.text) && t.tags.includes('Verb') && !isCueHead(t) && tokens[from]!.tags.includes('Noun') && !tokens[from]!.tags.includes('Pronoun');
    // "its senior vice president", "a June poll", "Monday night’s results", "The nearly 90-second ad":
    // a possessive "its", a date after an article or before a possessive, an adverb after an article.
    const determined = from - 2 >= floor && tokens[from - 2]!.tags.includes('Determiner');
    const inner =
      from < to &&
      ((t.normal === 'its' && isNpWord(tokens[from]!)) ||
        (t.tags.includes('Date') && !tokens[from]!.tags.includes('ProperNoun') && (/[’']s$/.test(tokens[from]!.text) || (determined && isNpWord(tokens[from]!)))) ||
        (t.tags.includes('Adverb') && determined && isNpWord(tokens[from]!)));
    if (!(isNpWord(t) || CONNECTOR_BEFORE.test(t.normal) || nounBeforeCue || adjectival || demonstrative || gerundModifier || dated || opening || inner)) break;
    if (from < to && hardGap(text, t, tokens[from]!)) break;
    from--;
    // "…after the attack This video clearly shows": a capitalised demonstrative opens a sentence whose full stop was lost.
    if (/^(?:This|These)$/.test(t.text)) break;
  }
  while (from < to && CONNECTOR_BEFORE.test(tokens[from]!.normal)) from++;
  if (from >= to || CONNECTOR_BEFORE.test(tokens[to - 1]!.normal) || to - from > 14) return null;
  return { from: withQuantifier(tokens, from, floor), to };
}

/** Words that open a share or a count ("half of voters", "4 in 10", "a third"). */
const QUANTITY = /^(?:\d[\d,.]*|half|a|one|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands|majority|third|quarter|most|many)$/;
/** Modifiers before a quantity ("about 4 in 10", "more than half of", "at least four senators"). */
const QUANTIFIER = [['more', 'than'], ['less', 'than'], ['fewer', 'than'], ['at', 'least'], ['at', 'most'], ['only', 'about'], ['only'], ['about'], ['around'], ['nearly'], ['almost'], ['roughly'], ['just'], ['some']] as const;

/** The phrase's start moved back over a quantifier before its quantity: "About 4 in 10 say" → "About 4 in 10". */
function withQuantifier(tokens: readonly Token[], from: number, floor: number): number {
  if (!QUANTITY.test(tokens[from]!.normal)) return from;
  for (const words of QUANTIFIER) {
    const start = from - words.length;
    if (start >= floor && words.every((w, i) => tokens[start + i]!.normal === w)) return start;
  }
  return from;
}

/** Past forms of auxiliaries never modify a noun ("The comments had two goals, the admiral said"). */
const NEVER_ADJECTIVAL = /^(?:had|did|was|were|been)$/;

/** The first token inside a parenthesis of at most three tokens that closes right before token `to` (a comma may follow it), or null. */
function parenthesisBefore(text: string, tokens: readonly Token[], to: number, floor: number): number | null {
  if (to >= tokens.length || to - 1 <= floor || !/^\.?\)\s*,?\s*$/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) return null;
  for (let k = to - 1; k > floor && to - k <= 3; k--) {
    const gap = text.slice(tokens[k - 1]!.end, tokens[k]!.start);
    if (/\s\($/.test(gap)) return k;
    if (/[()]/.test(gap)) return null;
  }
  return null;
}

/** The noun phrase starting at token `from` and ending before `ceiling` (exclusive), or null. */
export function phraseAfter(text: string, tokens: readonly Token[], from: number, ceiling: number): TokenRange | null {
  let to = from;
  while (to < ceiling) {
    const t = tokens[to]!;
    // "Another delegate on the Cruz slate, Jim Poolman, said": a noun read as a verb ends the phrase.
    const nounHead = to > from && isTaggedAsVerb(t) && isNpWord(tokens[to - 1]!) && (to + 1 === ceiling || hardGap(text, t, tokens[to + 1]!));
    // "state Rep. Gilda Cobb-Hunter": a word read as a verb before a title's abbreviation modifies it.
    const titleModifier = isTaggedAsVerb(t) && to + 1 < ceiling && tokens[to + 1]!.tags.includes('Abbreviation') && /^[A-Z]/.test(tokens[to + 1]!.text);
    // "Patch, a former party official, said", "Exit polls from …": a capitalised first word the tagger read as a bare verb,
    // before a comma or a noun, is a name or a modifier.
    const next = tokens[to + 1];
    const capitalised = to === from && /^[A-Z][a-z]/.test(t.text) && isTaggedAsVerb(t) && (to + 1 === ceiling || hardGap(text, t, next!) || (next!.tags.includes('Noun') && !next!.tags.includes('Pronoun')));
    if (!(isNpWord(t) || nounHead || titleModifier || capitalised || (to > from && CONNECTOR.test(t.normal)))) break;
    if (to > from && hardGap(text, tokens[to - 1]!, t)) break;
    to++;
  }
  while (to > from && CONNECTOR.test(tokens[to - 1]!.normal)) to--;
  // "said Sen. Rand Paul (R-Ky.)": a short parenthesis closes the name.
  if (to > from && to < ceiling && /^\s*\($/.test(text.slice(tokens[to - 1]!.end, tokens[to]!.start))) {
    const close = tokens.slice(to, Math.min(ceiling, to + 3)).findIndex((t, k) => /^\.?\)/.test(text.slice(t.end, (tokens[to + k + 1]?.start ?? text.length))));
    if (close >= 0) to += close + 1;
  }
  return to > from && to - from <= 14 ? { from, to } : null;
}

/**
 * The source before a cue at token `cue`: a relative pronoun, the noun phrase right before the cue,
 * or, when a comma stands before the cue, the clause's subject with its appositions.
 */
export function sourceBefore(text: string, tokens: readonly Token[], cue: number, floor: number): TokenRange | null {
  // "Martin O’Malley, who noted that …": the relative pronoun is the source as written.
  if (cue - 1 > floor && RELATIVE_PRONOUN.test(tokens[cue - 1]!.normal) && !/[,;:"“”]|''/.test(text.slice(tokens[cue - 1]!.end, tokens[cue]!.start))) return { from: cue - 1, to: cue };
  if (cue - 1 >= floor && /,/.test(text.slice(tokens[cue - 1]!.end, tokens[cue]!.start))) return subjectBeforeCommas(text, tokens, cue, floor);
  const phrase = phraseBefore(text, tokens, cue, floor);
  if (!phrase) return null;
  const joined = joinedSubject(text, tokens, phrase, floor) ?? postmodifiedSubject(text, tokens, phrase, floor);
  if (joined) return joined;
  const near = coordinatedNames(text, tokens, secondConjunct(tokens, phrase, floor), floor);
  const commaBefore = near.from - 1 >= floor && /^\s*,\s*$/.test(text.slice(tokens[near.from - 1]!.end, tokens[near.from]!.start));
  // An unclosed apposition needs its article: "Lt. Col. Wayne Marotto, a public affairs officer said".
  if (!commaBefore || !/^(?:a|an|the)$/.test(tokens[near.from]!.normal)) return near;
  const head = phraseBefore(text, tokens, near.from, floor);
  return head && isClauseStart(text, tokens, head.from, floor) && names(tokens, head) ? { from: head.from, to: near.to } : near;
}

/**
 * "Neither has won a state and Cruz suggested …", "a woman asked for a photo and Clinton said": when a
 * verb or a preposition governs the phrase's first conjunct, "and" opens a new clause whose subject is the second.
 */
function secondConjunct(tokens: readonly Token[], near: TokenRange, floor: number): TokenRange {
  if (near.from - 1 < floor) return near;
  const before = tokens[near.from - 1]!;
  if (!before.tags.includes('Verb') && !before.tags.includes('Preposition')) return near;
  for (let k = near.to - 2; k > near.from; k--) if (tokens[k]!.normal === 'and') return { from: k + 1, to: near.to };
  return near;
}

/**
 * "Sens. Rand Paul (Ky.) and Marco Rubio (Fla.) debated", "Hillary Clinton, Bernie Sanders and Martin
 * O’Malley all have", "Neither Cruz nor Christie acknowledged": the conjuncts before the last one, across a
 * parenthesis closing a name or a list's commas, when the first opens the clause and every one is a name.
 */
function coordinatedNames(text: string, tokens: readonly Token[], near: TokenRange, floor: number): TokenRange {
  const commaBefore = (k: number) => k > floor && /^\s*,\s*$/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
  const joiner = near.from - 1 > floor && /^(?:and|nor)$/.test(tokens[near.from - 1]!.normal);
  const listed = !joiner && tokens.slice(near.from, near.to).some((t) => t.normal === 'and') && commaBefore(near.from);
  if (!joiner && !listed) return near;
  let to = joiner ? near.from - 1 : near.from;
  for (let n = 0; n < 6; n++) {
    const conjunct = phraseBefore(text, tokens, to, floor);
    // "Instead, Matthews, MSNBC’s Alex Seitz-Wald and …": an adjunct before the list's first name ends it.
    if (!conjunct || !hasProperNoun(tokens, conjunct)) return to < near.from && commaBefore(to) && !joiner ? { from: to, to: near.to } : near;
    // Another list item before a comma, or the first conjunct, which must open the clause.
    if (!commaBefore(conjunct.from)) return isClauseStart(text, tokens, conjunct.from, floor) ? { from: conjunct.from, to: near.to } : near;
    to = conjunct.from;
  }
  return near;
}

/** Words that join a second noun phrase to a subject ("Families …, in addition to the communities"). */
const JOINING = [['in', 'addition', 'to'], ['as', 'well', 'as'], ['along', 'with'], ['together', 'with']] as const;

/**
 * "Families of martyrs, in addition to the Iranian communities demand …", "Trump as well as Cruz
 * said …": a subject joined by "in addition to" / "as well as" is one source with both phrases.
 */
function joinedSubject(text: string, tokens: readonly Token[], near: TokenRange, floor: number): TokenRange | null {
  for (const words of JOINING) {
    // "addition to the communities": the phrase may have taken the joining words in.
    const inside = words.slice(1).every((w, i) => tokens[near.from + i]?.normal === w) && tokens[near.from - 1]?.normal === words[0] ? 1 : 0;
    const start = near.from - (inside ? 1 : words.length);
    if (start <= floor || !words.every((w, i) => tokens[start + i]?.normal === w)) continue;
    const first = phraseBefore(text, tokens, start, floor) ?? enclosedPhrase(text, tokens, start, floor);
    return first && isClauseStart(text, tokens, first.from, floor) ? { from: first.from, to: near.to } : null;
  }
  return null;
}

/** Subject pronouns, also with a contracted auxiliary ("he's"): each opens a clause of its own. */
export const SUBJECT_PRONOUN = /^(?:i|he|she|we|they|it)(?:['’](?:s|d|ll|re|ve|m))?$/;
/** A verb that is neither an -ing form nor a bare infinitive. */
export const isFiniteVerb = (t: Token): boolean => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Infinitive');
/** Words that open a new clause inside a subject's modifier. */
const NEW_CLAUSE = /^(?:as|what|when|because|while|if|whether|although|though|that|where|why|how|who|which)$/;
const isFinite = (t: Token): boolean => isFiniteVerb(t) && !t.tags.includes('Participle');

/**
 * "Majorities of Democrats going to the polls Tuesday say", "a source involved in the talks says",
 * "the groups who wrote to her on Thursday say": the phrase before the cue closes a participial or
 * relative clause that modifies the clause's subject, and the source is all of it. A participle has no
 * finite verb after it; a relative clause has its own ("the report that Trump said" is Trump's).
 */
function postmodifiedSubject(text: string, tokens: readonly Token[], near: TokenRange, floor: number): TokenRange | null {
  // "as he noted", "what they said": a subject pronoun opens a clause of its own.
  if (near.to - near.from === 1 && SUBJECT_PRONOUN.test(tokens[near.from]!.normal)) return null;
  // Back to the clause start, within a few dozen words (a sentence of thousands has no subject that long).
  let start = near.from;
  while (start > floor && near.from - start < 40 && !/[,;:()"“”—–]|''|\s-{1,2}\s/.test(text.slice(tokens[start - 1]!.end, tokens[start]!.start))) start--;
  while (start < near.from && LEAD_WORD.test(tokens[start]!.normal)) start++;
  const head = start < near.from ? headWithModifiers(text, tokens, start, near.from) : null;
  if (!head || head.to >= near.from || !tokens.slice(head.from, head.to).some((t) => t.tags.includes('Noun'))) return null;
  let k = head.to;
  while (k < near.from && tokens[k]!.tags.includes('Adverb')) k++;
  const t = tokens[k]!;
  const between = tokens.slice(k + 1, near.from);
  // "Clinton beamed as she …", "the statement conflicted with what Trump told": a new clause ends the modifier.
  if (between.some((x) => NEW_CLAUSE.test(x.normal))) return null;
  if (/^(?:who|that|which)$/.test(t.normal)) return between.some(isFinite) ? { from: head.from, to: near.to } : null;
  const gerund = t.tags.includes('Gerund');
  // A past form after a name or a pronoun is its verb ("Syria proved to be", "He returned to it"); after a common noun, a participle ("disclosures filed on Sunday").
  const participle =
    (t.tags.includes('Participle') || t.tags.includes('PastTense')) &&
    !['Copula', 'Auxiliary'].some((tag) => t.tags.includes(tag)) &&
    /^(?:by|in|at|for|from|with|on|as|during|since)$/.test(tokens[k + 1]?.normal ?? '') &&
    !tokens.slice(head.from, head.to).some((x) => x.tags.includes('ProperNoun') || x.tags.includes('Pronoun'));
  return (gerund || participle) && !between.some(isFinite) && !isCueHead(t) ? { from: head.from, to: near.to } : null;
}

/** "Families of martyrs and injured," before a comma at `end`: from the clause start, when it opens with a noun. */
function enclosedPhrase(text: string, tokens: readonly Token[], end: number, floor: number): TokenRange | null {
  if (!/,\s*$/.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) return null;
  let from = end - 1;
  while (from > floor && !/[,;:]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  return tokens[from]!.tags.includes('Noun') ? { from, to: end } : null;
}

export const RELATIVE_PRONOUN = /^(?:who|which|that)$/;
/** Words that open a comma-enclosed adjunct rather than an apposition ("Trump, in Kentucky, said"). */
const ADJUNCT_OPENER = /^(?:when|while|after|before|since|as|if|though|although|despite|however|meanwhile|too|also|instead|again|then|for|in|on|at|with|without|during|from|by|like|unlike)$/;
/**
 * Words that open an apposition even where compromise tags them otherwise ("Harman, now director of …",
 * "Goodstein, its chief executive, said", "Other candidates, including Carly Fiorina, said", "Fields,
 * along with reporter Ben Terris, say").
 */
const APPOSITION_OPENER = /^(?:who|whose|which|now|formerly|its|his|her|their|including|along)$/;
/** Words that may precede a clause's subject ("But Matt Morrison, the group’s deputy director, said"). */
export const LEAD_WORD = /^(?:but|and|yet|so|still|now|meanwhile|even)$/;

const names = (tokens: readonly Token[], r: TokenRange): boolean => tokens.slice(r.from, r.to).some((t) => t.tags.includes('ProperNoun') || t.tags.includes('Pronoun'));

/** True when token `k` opens its clause: at the floor, after a comma, or after a lead word ("But"). */
export function isClauseStart(text: string, tokens: readonly Token[], k: number, floor: number): boolean {
  let j = k;
  while (j > floor && LEAD_WORD.test(tokens[j - 1]!.normal) && !/,/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start))) j--;
  return j === floor || /,\s*$/.test(text.slice(tokens[j - 1]!.end, tokens[j]!.start));
}

/** Prepositions that attach a post or a place to a title ("Representative … for Iraq", "ambassador to Baghdad"). */
const TITLE_PREPOSITION = /^(?:of|for|to|in|at|on)$/;

/** A noun phrase with its prepositional phrases up to `to`: "The Special Representative … (SRSG) for Iraq". */
function headWithModifiers(text: string, tokens: readonly Token[], from: number, to: number): TokenRange | null {
  let head = phraseAfter(text, tokens, from, to);
  while (head && head.to + 1 < to && TITLE_PREPOSITION.test(tokens[head.to]!.normal)) {
    const object = phraseAfter(text, tokens, head.to + 1, to);
    if (!object) break;
    head = { from: head.from, to: object.to };
  }
  return head;
}

/**
 * "Harman, now director of the Wilson Center, urged" / "Mr. Trump, in a brief interview, said" /
 * "Chris Cox, who runs the NRA’s lobbying arm, says": the clause-initial name, with the appositions
 * that follow it but without an adjunct ("in a brief interview") set off by commas.
 */
export function subjectBeforeCommas(text: string, tokens: readonly Token[], cue: number, floor: number, acceptsHead?: (head: TokenRange) => boolean): TokenRange | null {
  // Comma-separated segments back from the cue: [from, to) token ranges, last one first.
  const segments: TokenRange[] = [];
  let to = cue;
  for (let k = cue - 1; k >= floor && cue - k <= 40; k--) {
    if (k === floor || /,/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start))) {
      segments.unshift({ from: k, to });
      to = k;
      if (k === floor) break;
    }
  }
  for (let i = 0; i < segments.length - 1; i++) {
    const seg = segments[i]!;
    let from = seg.from;
    while (from < seg.to && LEAD_WORD.test(tokens[from]!.normal)) from++;
    const head = headWithModifiers(text, tokens, from, seg.to);
    if (!head || head.to !== seg.to) continue;
    const rest = segments.slice(i + 1);
    // "The network, Cruz said, called …": a segment with a cue clause of its own is no apposition.
    if (!rest.every((s) => isAdjunct(tokens[s.from]!) || (isApposition(tokens[s.from]!) && !hasCueClause(text, tokens, s)))) continue;
    // "Barkley, who said he votes Democratic, said …": a relative clause with a cue of its own is a claim
    // of its own, and the source ends before it, as before an adjunct.
    const appositions = rest.findIndex((s) => isAdjunct(tokens[s.from]!) || relativeWithCue(tokens, s));
    const last = appositions < 0 ? rest.at(-1) : rest[appositions - 1];
    const source = { from: head.from, to: last ? last.to : head.to };
    // The head fills its whole segment (a segment opens a clause) and it or its apposition names
    // someone ("a spokeswoman, Anna Richardson White, said"), it opens the sentence or the caller accepts it.
    if (names(tokens, head) || hasProperNoun(tokens, source) || seg.from === floor || acceptsHead?.(head)) return source;
  }
  // "Gov. John Kasich (R-OH), said", "Among the backers of Jeb Bush, Mike Murphy, praised": after opening
  // adjuncts, a comma the writer set between a named subject and its verb.
  const last = segments.at(-1);
  const opened = segments.slice(0, -1).every((seg, i) => isAdjunct(tokens[seg.from]!) || isPlaceRest(text, tokens, seg) || (i === 0 && isDescription(tokens, seg)));
  return last && opened ? closedName(text, tokens, last.from, last.to) : null;
}

/** A short segment of capitalised words closing a place name ("in Berea, OH, after …"). */
const isPlaceRest = (text: string, tokens: readonly Token[], r: TokenRange): boolean =>
  r.to - r.from <= 2 && tokens.slice(r.from, r.to).every((t) => /^[A-Z]/.test(text.slice(t.start, t.end)) && !t.tags.includes('Verb'));
/** A determiner-led noun phrase with no finite verb: a description the name after it restates ("The head of the Super PAC, Mike Murphy, praised"). */
const isDescription = (tokens: readonly Token[], r: TokenRange): boolean =>
  tokens[r.from]!.tags.includes('Determiner') && !tokens.slice(r.from, r.to).some((t) => t.tags.includes('Verb') && !t.tags.includes('Gerund') && !t.tags.includes('Participle'));

/** A segment opened by "who" whose verb is one of saying ("who said he …"). */
const relativeWithCue = (tokens: readonly Token[], r: TokenRange): boolean =>
  tokens[r.from]!.normal === 'who' && tokens.slice(r.from + 1, Math.min(r.to, r.from + 3)).some((t) => SPEECH_VERB.test(t.normal));
/** Verbs of saying that make a relative clause a report of its own ("who said …"), not a description ("who has endorsed Cruz"). */
const SPEECH_VERB = /^(?:said|says|say|told|tells|wrote|writes|added|adds)$/;

/**
 * A segment holds a cue verb before any relative pronoun ("Cruz said"; not "self-described", nor "a
 * Tennessee Republican who has met Trump and been mentioned as a running mate", whose verbs describe).
 */
function hasCueClause(text: string, tokens: readonly Token[], r: TokenRange): boolean {
  if (/^(?:who|whose|which|that)$/.test(tokens[r.from]!.normal)) return false;
  for (let k = r.from; k < r.to && !/^(?:who|whose|which)$/.test(tokens[k]!.normal); k++) {
    if (tokens[k]!.tags.includes('Verb') && !tokens[k]!.tags.includes('Gerund') && isCueHead(tokens[k]!, tokens[k + 1]) && !closesCompound(text, tokens, k)) return true;
  }
  return false;
}

const hasProperNoun = (tokens: readonly Token[], r: TokenRange): boolean => tokens.slice(r.from, r.to).some((t) => t.tags.includes('ProperNoun'));

/** The name filling `from` to `to`: a phrase with a proper noun, or one ending in a short parenthesis ("Gov. John Kasich (R-OH)"). */
function closedName(text: string, tokens: readonly Token[], from: number, to: number): TokenRange | null {
  const name = parenthesisBefore(text, tokens, to, from) === null ? headWithModifiers(text, tokens, from, to) : phraseBefore(text, tokens, to, from);
  return name && name.from === from && name.to === to && hasProperNoun(tokens, name) ? name : null;
}

/** The first word of a comma-enclosed segment opens an adjunct: a preposition, subordinator, adverb or participle. */
const isAdjunct = (t: Token): boolean =>
  !APPOSITION_OPENER.test(t.normal) && (ADJUNCT_OPENER.test(t.normal) || ['Date', 'Preposition', 'Gerund', 'Adverb', 'Participle', 'PastTense'].some((tag) => t.tags.includes(tag)));
/** …or an apposition: a noun phrase or a relative clause. */
const isApposition = (t: Token): boolean => APPOSITION_OPENER.test(t.normal) || (!isAdjunct(t) && isNpWord(t));
