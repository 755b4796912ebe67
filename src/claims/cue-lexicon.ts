// Which tokens are attribution cues, and which neighbours a cue takes along. Two sources: the cue
// words learned from the PolNeAR train split (scripts/train-claims.mjs → learned-cues.json) with their
// precision, and the hand list of cue verbs (cue-verbs.json) for verbs the news corpus rarely shows.
import { z } from 'zod';
import type { Token } from '../pipeline/document.js';
import { loadLexicon } from '../pipeline/lexicon.js';
import { nlp } from '../segment/nlp.js';
import verbData from './lexicons/cue-verbs.json' with { type: 'json' };
import learnedData from './lexicons/learned-cues.json' with { type: 'json' };

const learned = loadLexicon(
  'claims/learned-cues',
  z.object({
    cueWords: z.record(z.string(), z.object({ precision: z.number(), count: z.number() })),
    takes: z.record(z.string(), z.array(z.string())),
    nounFrames: z.record(z.string(), z.object({ precision: z.number(), count: z.number(), takes: z.number() })).default({}),
    verbFrames: z.record(z.string(), z.object({ precision: z.number(), count: z.number() })).default({}),
  }),
  learnedData,
);
const { verbs, particles, objectFirst, objectControl, namingObject, objectPrepositions, receiving, nounCompounds } = loadLexicon(
  'claims/cue-verbs',
  z.object({
    verbs: z.array(z.string().min(1)),
    objectFirst: z.array(z.string()),
    objectControl: z.array(z.string()),
    namingObject: z.array(z.string()),
    receiving: z.array(z.string()),
    particles: z.record(z.string(), z.array(z.string())),
    objectPrepositions: z.array(z.string()),
    nounCompounds: z.array(z.string().regex(/^\S+ \S+$/)),
  }),
  verbData,
);
/** "think tank", "talk show": a verb opening a compound noun (singular or plural) is no cue. */
const NOUN_COMPOUNDS = new Set(nounCompounds.flatMap((c) => [c, `${c}s`]));
// Read as a verb whatever compromise would make of the bare word ("retort", "quip" alone are nouns to it).
const conjugations = (v: string): string[] => {
  const doc = nlp(v);
  doc.tag('Infinitive');
  const forms = (doc.verbs().conjugate()[0] ?? {}) as Record<string, string>;
  return [v, ...Object.values(forms)].map((f) => f.toLowerCase());
};
/** Inflected verb form → the particles its phrasal cue takes ("calls" → on, for, upon). */
const PARTICLES = new Map(Object.entries(particles).flatMap(([v, ps]) => conjugations(v).map((f) => [f, ps] as const)));

/** A learned verb form is a cue head when at least this share of its train occurrences were cues. */
const MIN_PRECISION = 0.4;
/** Hand-listed verbs count unless the train split saw them often and rarely as cues. */
const HAND_VETO = { count: 20, precision: 0.15 };

/** Every inflection of every hand-listed cue verb, conjugated once at load. */
const HAND_FORMS = new Set(verbs.flatMap(conjugations));
const OBJECT_FIRST = new Set(objectFirst.flatMap(conjugations));

/**
 * True when a capitalised headline word is a hand-listed cue verb in the present tense
 * ("Condemns", "Urges"): headline case hides the word class from the tagger.
 */
export const isHeadlineCueVerb = (word: string): boolean => /s$/.test(word) && HAND_FORMS.has(word.toLowerCase());
/** The particles a phrasal cue verb takes along ("calls" → on, for, upon). */
export const cueParticles = (word: string): readonly string[] => PARTICLES.get(word.toLowerCase()) ?? [];

/** True when the cue verb names its addressee before the content ("told reporters that …"). */
export const takesObject = (head: Token): boolean => OBJECT_FIRST.has(head.normal);
const OBJECT_CONTROL = new Set([...objectControl, ...objectFirst].flatMap(conjugations));
/** True when the verb's object is the subject of an infinitive after it ("urged them to", "allowed him to"). */
export const controlsObject = (t: Token): boolean => OBJECT_CONTROL.has(t.normal);
const NAMING_OBJECT = new Set(namingObject.flatMap(conjugations));
/** True when the cue verb's object is part of the content it names it by ("called it “a starting point”"). */
export const namesObject = (head: Token): boolean => NAMING_OBJECT.has(head.normal);
const RECEIVING = new Set(receiving.flatMap(conjugations));
/** True when the verb's subject receives what its object names ("faced criticism", "won the endorsement of"). */
export const isReceivingVerb = (t: Token): boolean => RECEIVING.has(t.normal);
/** Words that are never the head of a cue on their own, however often gold cues contain them. */
const FUNCTION_WORD = /^(?:has|have|had|is|are|was|were|be|been|being|am|do|does|did|will|would|can|could|may|might|should|must|to|on|of|for|in|about|also|not|the|a|an|it|that|went|go|goes|get|got|make|made)$/;

const learnedKey = (t: Token): string => `${t.normal}/${t.tags.includes('Verb') ? 'v' : 'n'}`;

/** A learned verb form followed by a that-clause heads a cue at this lower precision ("noticed that"). */
const MIN_PRECISION_BEFORE_THAT = 0.2;

/** True when the token heads an attribution cue (a verb from the lexicons); `next` is the token after it. */
export function isCueHead(t: Token, next?: Token): boolean {
  if (FUNCTION_WORD.test(t.normal) || (next !== undefined && NOUN_COMPOUNDS.has(`${t.normal} ${next.normal}`))) return false;
  if (!t.tags.includes('Verb')) return isMistaggedCue(t);
  const stats = learned.cueWords[learnedKey(t)];
  if (stats && stats.precision >= (next?.normal === 'that' ? MIN_PRECISION_BEFORE_THAT : MIN_PRECISION)) return true;
  // "talked about", "railed against": a verb that is a cue with its preposition more often than alone.
  const frame = verbFrameKey(t, next);
  if (frame && (learned.verbFrames[frame]?.precision ?? 0) >= MIN_PRECISION) return true;
  if (!HAND_FORMS.has(t.normal)) return false;
  return !stats || stats.count < HAND_VETO.count || stats.precision >= HAND_VETO.precision;
}

/** Prefixes that leave a verb a verb ("co-sponsored", "re-tweeting"). */
const VERB_PREFIX = /^(?:co|re|pre|mis|over|out|counter|cross|de|un|non|double|back)$/;

/** "a self-described socialist", "the much-praised speech": token `i` is a verb closing a hyphenated compound, an adjective. */
export function closesCompound(text: string, tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  return before !== undefined && before.end === tokens[i]!.start - 1 && text[before.end] === '-' && !VERB_PREFIX.test(before.normal);
}

/** A non-verb reading counts as a cue at this precision when the word's verb reading is a cue too. */
const MIN_PRECISION_MISTAGGED = 0.5;

/**
 * A cue verb the tagger read as a noun or adjective ("officer, said[Adjective] candidates …",
 * "A person familiar with the planning says[Noun] …"): the train split saw this non-verb reading
 * mostly inside cues, and its verb reading is a cue.
 */
function isMistaggedCue(t: Token): boolean {
  const stats = learned.cueWords[`${t.normal}/n`];
  if (!stats || stats.precision < MIN_PRECISION_MISTAGGED) return false;
  return (learned.cueWords[`${t.normal}/v`]?.precision ?? 0) >= MIN_PRECISION || HAND_FORMS.has(t.normal);
}

/** Auxiliaries and adverbs a cue verb takes along when nothing was learned for it ("has warned"). */
const DEFAULT_BEFORE = new Set(['has', 'have', 'had', 'also', 'will', 'would']);

const OBJECT_PREPOSITIONS = new Set(objectPrepositions);
/** True when `word`, right after a cue, opens its object and so belongs to the cue ("boasted about"); not before a number or a date. */
export const isObjectPreposition = (word: Token, next: Token | undefined): boolean =>
  OBJECT_PREPOSITIONS.has(word.normal) && next !== undefined && !['Value', 'Date'].some((tag) => next.tags.includes(tag));

/** True when the word before (side 'before') or after a cue head belongs to the cue. */
export function takesAlong(head: Token, side: 'before' | 'after', word: Token): boolean {
  if (side === 'after' && PARTICLES.get(head.normal)?.includes(word.normal)) return true;
  const list = learned.takes[`${side}:${learnedKey(head)}`];
  if (list) return list.includes(word.normal) && !word.tags.includes('Date') && !word.tags.includes('ProperNoun');
  return side === 'before' && DEFAULT_BEFORE.has(word.normal);
}

/** The learned key of a verb before an object preposition ("talked about"), or null. */
export function verbFrameKey(t: Token, next: Token | undefined): string | null {
  return next && t.tags.includes('Verb') && OBJECT_PREPOSITIONS.has(next.normal) ? `${t.normal} ${next.normal}` : null;
}

/** Words that open a noun's complement: a that-clause, an infinitive or a prepositional object. */
const NOUN_FRAME_WORD = /^(?:that|to|of|for|about|on|against|over|with)$/;

/**
 * The learned key of a common noun before a complement ("criticism of", "claim that", "decision
 * to+v" for an infinitive), or null. scripts/train-claims.mjs counts the same keys.
 */
export function nounFrameKey(tokens: readonly Token[], i: number): string | null {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  if (!next || !t.tags.includes('Noun') || ['Verb', 'ProperNoun', 'Pronoun', 'Date'].some((tag) => t.tags.includes(tag))) return null;
  if (!NOUN_FRAME_WORD.test(next.normal)) return null;
  return `${t.normal} ${next.normal === 'to' && tokens[i + 2]?.tags.includes('Infinitive') ? 'to+v' : next.normal}`;
}

/** A noun frame is a cue when at least this share of its train occurrences were cues. */
const MIN_NOUN_FRAME_PRECISION = 0.1;

/** A noun cue takes the word after it when at least this share of the frame's gold cues did. */
const MIN_FRAME_TAKES = 0.5;

/**
 * The noun cue at token `i` ("criticism of", "claim that"), or null; `takesNext` when gold cues of
 * that frame mostly include the word after the noun ("criticism of", not "claim that").
 */
export function nounCueFrame(tokens: readonly Token[], i: number): { readonly takesNext: boolean } | null {
  const key = nounFrameKey(tokens, i);
  const stats = key ? learned.nounFrames[key] : undefined;
  return stats && stats.precision >= MIN_NOUN_FRAME_PRECISION ? { takesNext: stats.takes >= MIN_FRAME_TAKES } : null;
}
