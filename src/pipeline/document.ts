// The one document object that flows through the pipeline. Every stage reads the layers before it
// and adds exactly one layer of its own; no stage edits another's. All spans are half-open UTF-16
// offsets into `Doc.text`, which nobody modifies.

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A span plus the text it covers, as written into the graph. */
export interface TextSpan extends Span {
  readonly text: string;
}

export interface DocMeta {
  /** Publication date given by the input record (YYYY-MM-DD), if any. */
  readonly publishedAt?: string;
  /** Where the record came from: file and line (JSONL) for error messages and audit. */
  readonly origin: { readonly file: string; readonly line?: number };
  /** Any other fields the input record carried. */
  readonly extra: Readonly<Record<string, unknown>>;
}

export const ZONE_KINDS = ['scrape-header', 'breadcrumb', 'boilerplate', 'title', 'dateline', 'date-line', 'signature', 'body'] as const;
export type ZoneKind = (typeof ZONE_KINDS)[number];
export interface Zone extends Span {
  readonly kind: ZoneKind;
  readonly rule: string;
}

export interface Sentence extends Span {
  readonly index: number;
  /** Index of the paragraph (blank-line or line-break separated block) the sentence sits in. */
  readonly paragraph: number;
}

export interface Token extends Span {
  readonly text: string;
  /** compromise's normalised form (lower case, no punctuation). */
  readonly normal: string;
  /** compromise tags (Noun, Verb, PastTense, Person, Place, Organization, …). */
  readonly tags: readonly string[];
  readonly sentence: number;
}

/** A quotation from its opening to its closing mark (marks included); may span sentences and paragraphs. */
export interface Quotation extends Span {
  /** false when the quotation was never closed (runs to the paragraph or document end). */
  readonly closed: boolean;
}

export const ENTITY_TYPES = ['person', 'group', 'place', 'weapon'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export interface EntityMention extends TextSpan {
  /** Provenance: `<stage>/<file-stem>` of the rule that found it. */
  readonly rule: string;
}

export interface Entity {
  readonly type: EntityType;
  /** Canonical name: the fullest form used in the document. */
  readonly name: string;
  /** Cross-document identity: type + normalised canonical name. */
  readonly key: string;
  readonly aliases: readonly string[];
  readonly mentions: readonly EntityMention[];
}

export const TIME_TYPES = ['date', 'time', 'duration', 'set'] as const;
export type TimeType = (typeof TIME_TYPES)[number];

export interface TimeExpression extends TextSpan {
  readonly type: TimeType;
  /** TIMEX3-style value: 2013-08-08, 2013-07, 2013-W29, 2013-07-23T05:45, PRESENT_REF, P6M … */
  readonly value: string;
  readonly rule: string;
}

export const PUBLICATION_SOURCES = ['input', 'dateline', 'date-line', 'issued-on', 'signature', 'none'] as const;
export type PublicationSource = (typeof PUBLICATION_SOURCES)[number];

export interface Publication {
  /** YYYY-MM-DD or null when neither the input nor the text states it. */
  readonly value: string | null;
  readonly source: PublicationSource;
  readonly span: TextSpan | null;
}

export interface TimeLayer {
  readonly publication: Publication;
  readonly expressions: readonly TimeExpression[];
}

export const CLAIM_MODES = ['direct', 'indirect', 'mixed'] as const;
export type ClaimMode = (typeof CLAIM_MODES)[number];

export interface Claim {
  /** Content ranges in text order; more than one for a split quotation ("“A,” he said. “B.”"). */
  readonly content: readonly Span[];
  readonly cue: Span | null;
  readonly source: Span | null;
  /** Index into the entities layer of the resolved source, or null. */
  readonly sourceEntity: number | null;
  readonly mode: ClaimMode;
  /** Index into the claims layer of the claim this one is nested in. */
  readonly parent: number | null;
  /** Index into times.expressions of the time the claim was made ("warned on July 26"). */
  readonly madeAt: number | null;
  readonly rule: string;
}

export interface Diagnostic {
  readonly stage: string;
  readonly ruleId: string;
  readonly reason: string;
  readonly severity: 'info' | 'warning' | 'error';
  readonly place?: Span;
}

export interface Layers {
  zones: readonly Zone[];
  sentences: readonly Sentence[];
  tokens: readonly Token[];
  quotations: readonly Quotation[];
  entities: readonly Entity[];
  times: TimeLayer;
  claims: readonly Claim[];
}

export type LayerName = keyof Layers;

export interface DocBase {
  readonly id: string;
  readonly text: string;
  readonly meta: DocMeta;
  /** ISO 639-3 code of the detected language, or 'und' when too short to tell. */
  readonly language: string;
}

/** A document that carries the layers named in `Has`. */
export type Doc<Has extends LayerName = never> = DocBase & { readonly [K in Has]: Layers[K] };

export const textSpan = (text: string, s: Span): TextSpan => ({ start: s.start, end: s.end, text: text.slice(s.start, s.end) });
export const overlaps = (a: Span, b: Span): boolean => a.start < b.end && b.start < a.end;
export const contains = (outer: Span, inner: Span): boolean => outer.start <= inner.start && inner.end <= outer.end;
export const bySpan = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

/**
 * The index of the first of `spans` (sorted by start) that starts at or after `offset`, or -1: a
 * binary search, since stages look tokens up once per candidate and a linear scan made them quadratic.
 */
export function firstStartingAt(spans: readonly Span[], offset: number): number {
  let from = 0;
  for (let to = spans.length; from < to; ) {
    const mid = (from + to) >> 1;
    if (spans[mid]!.start < offset) from = mid + 1;
    else to = mid;
  }
  return from < spans.length ? from : -1;
}
