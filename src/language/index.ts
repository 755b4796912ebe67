// Language identification with franc-min (trigram profiles of the 82 languages with 8M+ speakers).
// The pipeline's recognizers are English-only, so a document detected as another language gets
// empty entity, time-expression and claim layers rather than English rules applied to it.
import { francAll } from 'franc-min';
import type { Doc, Layers } from '../pipeline/document.js';

export const UNDETERMINED = 'und';
export const ENGLISH = 'eng';

/**
 * Below this many letters a Latin-script guess is unreliable (measured on 8–40 word windows of
 * PolNeAR train: with 50 letters and the margins below, 6 of 10,072 English windows are misread).
 */
const MIN_LATIN_LETTERS = 50;
/** Other scripts are told apart by the script itself, which needs far fewer letters. */
const MIN_OTHER_LETTERS = 10;
/**
 * English wins when its score (1 = the best) is at least this close to the best one, since a false
 * non-English decision discards all extraction. Scores bunch up on longer text, so the margin
 * tightens there: translated UN statements (300+ letters) score English at 0.77–0.80, while
 * PolNeAR train windows misread as another language score it above 0.85 (short ones above 0.75).
 */
const englishMargin = (letters: number): number => (letters < 200 ? 0.75 : 0.85);

const LETTER = /\p{L}/gu;
const LATIN_LETTER = /\p{Script=Latin}/gu;

/** ISO 639-3 code of the text's language, or 'und' when the text is too short to tell. */
export function detectLanguage(text: string): string {
  // franc reads only the first 2,048 characters; count letters over the same sample.
  const sample = text.slice(0, 2048);
  const letters = sample.match(LETTER)?.length ?? 0;
  const latin = sample.match(LATIN_LETTER)?.length ?? 0;
  if (letters < (latin * 2 >= letters ? MIN_LATIN_LETTERS : MIN_OTHER_LETTERS)) return UNDETERMINED;
  const ranked = francAll(sample, { minLength: 1 });
  const best = ranked[0]?.[0] ?? UNDETERMINED;
  const english = ranked.find(([code]) => code === ENGLISH)?.[1] ?? 0;
  return best !== ENGLISH && english >= englishMargin(letters) ? ENGLISH : best;
}

/** Whether the English recognizers apply: English, or too short to tell. */
export const extractsEnglish = (language: string): boolean => language === ENGLISH || language === UNDETERMINED;

/**
 * The extraction layers of a document the English recognizers do not apply to: no entities, time
 * expressions or claims; the publication date only when the input record states it.
 */
export function withoutExtraction(doc: Doc): Pick<Layers, 'entities' | 'times' | 'claims'> {
  const publishedAt = doc.meta.publishedAt;
  return Object.freeze({
    entities: Object.freeze([]),
    times: Object.freeze({
      publication: publishedAt ? { value: publishedAt, source: 'input' as const, span: null } : { value: null, source: 'none' as const, span: null },
      expressions: Object.freeze([]),
    }),
    claims: Object.freeze([]),
  });
}
