// What a cue recognizer proposes: the cue, the source as written and the content ranges.
import type { Doc, Span } from '../pipeline/document.js';

export interface ClaimCandidate {
  readonly cue: Span | null;
  readonly source: Span | null;
  readonly content: readonly Span[];
  readonly rule: string;
}

export type ClaimsInput = Doc<'zones' | 'sentences' | 'tokens' | 'quotations' | 'entities' | 'times'>;
export type CueRecognizer = (doc: ClaimsInput) => ClaimCandidate[];
