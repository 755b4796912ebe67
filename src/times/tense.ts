// The tense that decides which "Tuesday" or "December" a sentence means. News is past-biased (95%
// of bare weekdays in TimeBank are on or before the document date), so only an explicit future
// marker turns the direction forward: "will", "shall", "going to", or "to" + infinitive after a
// scheduling word ("expected to resume Monday"). Reads the compromise tags the segment stage
// left on the tokens; compromise is not called again.
import type { Sentence, Token } from '../pipeline/document.js';
import type { Tense } from './option.js';

const FUTURE_MODALS = new Set(['will', "'ll", 'shall', 'wo']);
const SCHEDULING = new Set(['expected', 'scheduled', 'due', 'set', 'slated', 'plans', 'plan', 'planned', 'planning', 'going', 'intends', 'hopes', 'aims', 'promised', 'vowed', 'threatened']);
const PAST_AUXILIARIES = new Set(['had', 'was', 'were', 'did']);
/** Verbs this far from the expression no longer govern it. */
const REACH = 12;

export function tenseReader(tokens: readonly Token[]): (index: number) => Tense {
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
  const isVerb = (t: Token | undefined): t is Token => !!t && t.tags.includes('Verb');
  // The verb group around token k: the verbs and adverbs contiguous with it.
  const groupTense = (k: number): Tense => {
    let from = k;
    while (from > 0 && (isVerb(tokens[from - 1]) || tokens[from - 1]!.tags.includes('Adverb') || tokens[from - 1]!.normal === 'not')) from--;
    const group = tokens.slice(from, k + 1);
    const head = tokens[k]!;
    if (group.some((t) => FUTURE_MODALS.has(t.normal))) return 'future';
    if (head.tags.includes('Infinitive') && tokens[from - 1]?.normal === 'to' && SCHEDULING.has(tokens[from - 2]?.normal ?? '')) return 'future';
    if (group.some((t) => t.tags.includes('PastTense') || PAST_AUXILIARIES.has(t.normal))) return 'past';
    return null;
  };
  return (index) => {
    const k = firstAtOrAfter(index);
    const sentence = tokens[k]?.sentence ?? tokens[k - 1]?.sentence;
    for (let j = k - 1; j >= 0 && j >= k - REACH && tokens[j]!.sentence === sentence; j--) if (isVerb(tokens[j])) return groupTense(lastOfGroup(j));
    for (let j = k; j < tokens.length && j <= k + REACH && tokens[j]!.sentence === sentence; j++) if (isVerb(tokens[j])) return groupTense(lastOfGroup(j));
    return null;
  };
  function lastOfGroup(j: number): number {
    while (isVerb(tokens[j + 1]) && tokens[j + 1]!.start < (tokens[j]!.end + 2)) j++;
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
