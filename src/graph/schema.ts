// THE output contract: one graph per document. Imports only zod. `npm run schema` writes the JSON
// Schema generated from here to schema/graph.schema.json; the scorer in ../shared/eval reads a subset.
import { z } from 'zod';

const ENTITY_TYPES = ['person', 'group', 'place', 'weapon'] as const;
const TIME_TYPES = ['date', 'time', 'duration', 'set'] as const;
const CLAIM_MODES = ['direct', 'indirect', 'mixed'] as const;
const PUBLICATION_SOURCES = ['input', 'dateline', 'date-line', 'issued-on', 'signature', 'none'] as const;
export const EDGE_TYPES = [
  'authored-by', // document → entity: the organisation in the signature
  'source', // claim → entity: who made the claim
  'mentions', // claim → entity named in its content
  'about-time', // claim → time expressed in its content
  'made-at', // claim → time the claim was made
  'nested-in', // claim → the claim it is quoted inside
] as const;

const DateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

export const TextSpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});
export type TextSpan = z.infer<typeof TextSpanSchema>;

export const MentionSchema = TextSpanSchema.extend({ rule: z.string() });
export type Mention = z.infer<typeof MentionSchema>;

/** A claim's content: first to last character, plus the separate ranges of a split quotation. */
export const ContentSpanSchema = TextSpanSchema.extend({
  ranges: z.array(z.tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])).min(2).optional(),
});
export type ContentSpan = z.infer<typeof ContentSpanSchema>;

export const DocumentNodeSchema = z.object({
  kind: z.literal('document'),
  id: z.string(),
  title: z.string().nullable(),
});
export type DocumentNode = z.infer<typeof DocumentNodeSchema>;

export const EntityNodeSchema = z.object({
  kind: z.literal('entity'),
  id: z.string(),
  type: z.enum(ENTITY_TYPES),
  name: z.string(),
  /** type + normalised canonical name: the same entity in two graphs has the same key. */
  key: z.string(),
  aliases: z.array(z.string()),
  mentions: z.array(MentionSchema).min(1),
});
export type EntityNode = z.infer<typeof EntityNodeSchema>;

export const TimeNodeSchema = z.object({
  kind: z.literal('time'),
  id: z.string(),
  type: z.enum(TIME_TYPES),
  value: z.string(),
  mentions: z.array(MentionSchema).min(1),
});
export type TimeNode = z.infer<typeof TimeNodeSchema>;

export const ClaimNodeSchema = z.object({
  kind: z.literal('claim'),
  id: z.string(),
  mode: z.enum(CLAIM_MODES),
  content: ContentSpanSchema,
  cue: TextSpanSchema.nullable(),
  source: TextSpanSchema.nullable(),
  sourceEntity: z.string().nullable(),
  parent: z.string().nullable(),
  madeAt: z.string().nullable(),
  rule: z.string(),
});
export type ClaimNode = z.infer<typeof ClaimNodeSchema>;

export const NodeSchema = z.discriminatedUnion('kind', [DocumentNodeSchema, EntityNodeSchema, TimeNodeSchema, ClaimNodeSchema]);
export type Node = z.infer<typeof NodeSchema>;

export const EdgeSchema = z.object({
  from: z.string(),
  to: z.string(),
  type: z.enum(EDGE_TYPES),
});
export type Edge = z.infer<typeof EdgeSchema>;

export const DocumentSchema = z.object({
  id: z.string().min(1),
  /** The node id of this document in `nodes`. */
  node: z.string(),
  publishedAt: DateSchema.nullable(),
  publishedAtSource: z.enum(PUBLICATION_SOURCES),
  publishedAtSpan: TextSpanSchema.nullable(),
  /** ISO 639-3 language code; extraction runs only on English ('eng') or undetermined ('und') text. */
  language: z.string(),
  /** The text every offset indexes (for HTML inputs: the extracted readable text). */
  text: z.string(),
  origin: z.object({ file: z.string(), line: z.number().int().positive().optional() }),
  meta: z.record(z.string(), z.unknown()),
});
export type GraphDocument = z.infer<typeof DocumentSchema>;

export const GraphSchema = z
  .object({
    schemaVersion: z.literal(1),
    document: DocumentSchema,
    nodes: z.array(NodeSchema),
    edges: z.array(EdgeSchema),
  })
  .superRefine((graph, ctx) => {
    // A database loads nodes by id and edges by their ends: ids are unique and every edge end exists.
    const ids = new Set<string>();
    for (const n of graph.nodes) {
      if (ids.has(n.id)) ctx.addIssue({ code: 'custom', message: `duplicate node id ${n.id}`, path: ['nodes'] });
      ids.add(n.id);
    }
    for (const e of graph.edges) {
      if (!ids.has(e.from) || !ids.has(e.to)) ctx.addIssue({ code: 'custom', message: `edge ${e.from} → ${e.to} names a missing node`, path: ['edges'] });
    }
  });
export type Graph = z.infer<typeof GraphSchema>;

/** One line of errors.jsonl: the record that failed and why. */
export const ErrorRecordSchema = z.object({
  file: z.string(),
  line: z.number().int().positive().optional(),
  id: z.string().optional(),
  reason: z.string(),
});
export type ErrorRecord = z.infer<typeof ErrorRecordSchema>;
