// Tokens with offsets into the original text. compromise's own offsets are wrong around punctuation,
// so each term's surface text is found with a cursor that only moves forward.
import type { Sentence, Token } from '../pipeline/document.js';
import { tagTerms } from './nlp.js';

export function tokenize(text: string, sentences: readonly Sentence[]): Token[] {
  const out: Token[] = [];
  let cursor = 0;
  let sentence = 0;
  for (const terms of tagTerms(text)) {
    for (const term of terms) {
      if (!term.text) continue;
      const start = text.indexOf(term.text, cursor);
      // compromise normalises a few characters; a term we cannot find within reach is skipped.
      if (start < 0 || start - cursor > term.pre.length + 64) continue;
      const end = start + term.text.length;
      cursor = end;
      while (sentence < sentences.length - 1 && sentences[sentence]!.end <= start) sentence++;
      out.push({ start, end, text: term.text, normal: term.normal, tags: [...term.tags], sentence });
    }
  }
  return out;
}
