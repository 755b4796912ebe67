// The one configured compromise instance. Plugins are registered here, once: nlp.plugin() mutates
// the shared instance for every importer.
import nlp from 'compromise';

export { nlp };

/** compromise's internal term, read directly (`.json()` is far too slow for the hot path). */
export interface CompromiseTerm {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly normal: string;
  readonly tags: Set<string>;
}

/** Tags the text once and returns compromise's terms, sentence by sentence. */
export function tagTerms(text: string): CompromiseTerm[][] {
  return (nlp(text) as unknown as { document: CompromiseTerm[][] }).document;
}
