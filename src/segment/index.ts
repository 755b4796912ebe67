// Segment: sentences, tokens (the only place compromise tags text) and quotations.
import type { Doc } from '../pipeline/document.js';
import type { Stage } from '../pipeline/stage.js';
import { findQuotations } from './quotations.js';
import { splitSentences } from './sentences.js';
import { tokenize } from './tokens.js';

export const segmentStage: Stage<'zones', 'sentences' | 'tokens' | 'quotations'> = {
  name: 'segment',
  run(doc: Doc<'zones'>) {
    const sentences = splitSentences(doc.text);
    return {
      sentences: Object.freeze(sentences),
      tokens: Object.freeze(tokenize(doc.text, sentences)),
      quotations: Object.freeze(findQuotations(doc.text)),
    };
  },
};
