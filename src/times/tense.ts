// The tense that decides which "Tuesday" or "December" a sentence means. News is past-biased (95%
// of bare weekdays in TimeBank are on or before the document date), so only an explicit future
// marker turns the direction forward: "will", "shall" ('future'); a modal of possibility or "to" +
// infinitive ("expected to resume Monday") is weaker ('planned') and turns only weekdays. Reads the compromise tags the segment stage
// left on the tokens; compromise is not called again.
import type { Sentence, Token } from '../pipeline/document.js';
import type { Tense } from './option.js';

const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'wo']);
const SCHEDULING = new Set(['expected', 'scheduled', 'due', 'set', 'slated', 'plans', 'plan', 'planned', 'planning', 'going', 'intends', 'intended', 'hopes', 'aims', 'agreed', 'promised', 'vowed', 'threatened', 'decided', 'asked', 'told', 'urged', 'ordered', 'called', 'expects', 'requires', 'required', 'invited', 'allowed', 'wants', 'wanted', 'sought', 'seeks']);
const OPEN_MODALS = new Set(['may', 'might', 'must', 'should', 'can']);
const CLAUSE_OPENERS = new Set(['that', 'which', 'who', 'because', 'while', 'but', 'when', 'after', 'before', 'if', 'since', 'until', 'as']);
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'did']);
/** Verbs this far from the expression no longer govern it. */
const REACH = 12;

export function tenseReader(source: string, tokens: readonly Token[]): (index: number) => Tense {
  const text = source;
  const firstAtOrAfter = (index: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid]!.start < index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const isVerb = (j: number): boolean => !!tokens[j]?.tags.includes('Verb') && !participleAdjective(j);
  // "9.5 million Series H preferred shares": a past participle between a modifier and its noun.
  function participleAdjective(k: number): boolean {
    const t = tokens[k]!;
    const previous = tokens[k - 1];
    const next = tokens[k + 1];
    return t.tags.includes('PastTense') && !!next && !!previous && next.sentence === t.sentence &&
      next.tags.includes('Noun') && !next.tags.includes('Pronoun') && !previous.tags.includes('Pronoun') && !previous.tags.includes('Verb') &&
      (previous.tags.includes('Adjective') || previous.tags.includes('Value') || previous.tags.includes('Determiner') || /^[A-Z]/.test(previous.text) && !previous.tags.includes('Noun'));
  }
  // The verb group around token k: the verbs and adverbs contiguous with it.
  const groupTense = (k: number): Tense => {
    let from = k;
    while (from > 0 && (isVerb(from - 1) || tokens[from - 1]!.tags.includes('Adverb') || tokens[from - 1]!.normal === 'not')) from--;
    const group = tokens.slice(from, k + 1);
    const head = tokens[k]!;
    if (group.some((t) => FUTURE_MODALS.has(t.normal))) return 'future';
    // The present perfect ("23 have been reported") speaks of now.
    if (group.some((t) => t.normal === 'have' || t.normal === 'has')) return null;
    if (group.some((t) => PAST_AUXILIARIES.has(t.normal)) || (head.tags.includes('PastTense') && !group.some((t) => t.tags.includes('Modal')))) return 'past';
    // "to acquire … on Monday", "is to resume trading … Tuesday" (the group opens with the
    // infinitive), "may not meet … Friday": what is planned or possible lies ahead, but less
    // surely; only weekdays follow it (tense-direction.ts).
    if (tokens[from - 1]?.normal === 'to' && (head.tags.includes('Infinitive') || group[0]!.tags.includes('Infinitive') || group[0]!.normal === 'be')) return infinitiveTense(from - 1);
    if (group.some((t) => OPEN_MODALS.has(t.normal))) return 'planned';
    return null;
  };
  // Looking back, the clause boundary nearest the expression stops the search: in "said that the
  // talks will resume Monday" the governing verb is "resume", and in "said on Tuesday that …"
  // it is "said".
  const boundary = (t: Token): boolean => CLAUSE_OPENERS.has(t.normal) || /[,;:(—–]\s*$/.test(text.slice(t.end, t.end + 2));
  const read = (index: number): Tense => {
    const k = firstAtOrAfter(index);
    const sentence = tokens[k]?.sentence ?? tokens[k - 1]?.sentence;
    const inSentence = (j: number) => j >= 0 && j < tokens.length && tokens[j]!.sentence === sentence;
    for (let j = k - 1; inSentence(j) && j >= k - REACH; j--) {
      if (isVerb(j)) return groupTense(lastOfGroup(j));
      if (boundary(tokens[j]!)) break;
    }
    for (let j = k; inSentence(j) && j <= k + REACH; j++) if (isVerb(j)) return groupTense(lastOfGroup(j));
    for (let j = k - 1; inSentence(j) && j >= k - REACH; j--) if (isVerb(j)) return groupTense(lastOfGroup(j));
    return null;
  };
  return read;
  // "to" + infinitive: planned after a scheduling word ("expected to resume"), in the past of a
  // past verb it completes ("used bulldozers to force their way in"), else planned.
  function infinitiveTense(to: number): Tense {
    for (let j = to - 1; j >= 0 && j >= to - 4; j--) {
      const t = tokens[j]!;
      if (SCHEDULING.has(t.normal)) return 'planned';
      if (isVerb(j)) return t.tags.includes('PastTense') ? 'past' : 'planned';
    }
    return 'planned';
  }
  function lastOfGroup(j: number): number {
    while (isVerb(j + 1) && tokens[j + 1]!.start < (tokens[j]!.end + 2)) j++;
    return j;
  }
}

export function sentenceReader(sentences: readonly Sentence[]): (index: number) => number {
  return (index) => {
    let lo = 0;
    let hi = sentences.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid]!.end <= index) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
