// What must hold for any input the pipeline is given: no exception escapes, the graph validates,
// every span lies inside the text and slices to its own text, and a second run gives the same bytes.
import fc from 'fast-check';
import { GraphSchema, type Graph } from '../../src/graph/schema.js';
import { runRecord, serialiseGraph } from '../../src/pipeline/run.js';
import { inputRecord } from '../helpers/fixtures.js';

/** 10,000 cases per property is the bar; FC_NUM_RUNS / FC_SEED only let a developer explore further. */
export const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 10_000);
export const SEED = process.env.FC_SEED === undefined ? 20131 : Number(process.env.FC_SEED);
/** Long enough for 10,000 cases on a busy 2-core machine. */
export const PROPERTY_TIMEOUT = 900_000;

interface Located {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

function spansOf(graph: Graph): [string, Located][] {
  const spans: [string, Located][] = [];
  if (graph.document.publishedAtSpan) spans.push(['publishedAtSpan', graph.document.publishedAtSpan]);
  for (const n of graph.nodes) {
    if (n.kind === 'entity' || n.kind === 'time') for (const m of n.mentions) spans.push([`${n.id} mention`, m]);
    if (n.kind !== 'claim') continue;
    spans.push([`${n.id} content`, n.content]);
    if (n.cue) spans.push([`${n.id} cue`, n.cue]);
    if (n.source) spans.push([`${n.id} source`, n.source]);
    for (const [start, end] of n.content.ranges ?? []) spans.push([`${n.id} range`, { start, end, text: graph.document.text.slice(start, end) }]);
  }
  return spans;
}

export function checkInvariants(text: string, publishedAt?: string): void {
  const record = inputRecord(text, publishedAt ? { id: 'property', publishedAt } : { id: 'property' });
  const graph = runRecord(record);
  const parsed = GraphSchema.safeParse(graph);
  if (!parsed.success) throw new Error(`graph does not validate: ${parsed.error.message}`);
  if (graph.document.text !== text) throw new Error('document.text differs from the input text');
  for (const [what, s] of spansOf(graph)) {
    if (!(s.start >= 0 && s.start <= s.end && s.end <= text.length)) throw new Error(`${what} [${s.start}, ${s.end}) lies outside the text (length ${text.length})`);
    if (text.slice(s.start, s.end) !== s.text) throw new Error(`${what} [${s.start}, ${s.end}) slices to ${JSON.stringify(text.slice(s.start, s.end))}, not ${JSON.stringify(s.text)}`);
  }
  const ids = new Set(graph.nodes.map((n) => n.id));
  if (ids.size !== graph.nodes.length) throw new Error('two nodes share an id');
  for (const e of graph.edges) if (!ids.has(e.from) || !ids.has(e.to)) throw new Error(`edge ${e.from} → ${e.to} leaves the graph`);
  if (serialiseGraph(runRecord(record)) !== serialiseGraph(graph)) throw new Error('a second run gave different bytes');
}

export interface PropertyOptions {
  readonly numRuns?: number;
  readonly seed?: number;
  /** Inputs that once failed: they run first, every time. */
  readonly examples?: readonly [string, string | undefined][];
}

/** Runs `checkInvariants` over `texts` (with or without a publication date on the record). */
export function assertInvariants(texts: fc.Arbitrary<string>, publishedAt: fc.Arbitrary<string | undefined>, options: PropertyOptions = {}): void {
  fc.assert(
    fc.property(texts, publishedAt, (text, date) => checkInvariants(text, date)),
    { numRuns: options.numRuns ?? NUM_RUNS, seed: options.seed ?? SEED, examples: [...(options.examples ?? [])] },
  );
}
