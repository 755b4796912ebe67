// What an entity recognizer proposes: a typed span and the rule that found it.
import type { EntityType, Span } from '../pipeline/document.js';

export interface Candidate extends Span {
  readonly type: EntityType;
  readonly rule: string;
}

export type Recognizer = (doc: import('../pipeline/document.js').Doc<'zones' | 'sentences' | 'tokens' | 'quotations'>) => Candidate[];
