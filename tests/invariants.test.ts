// Over every fixture: the graph validates (zod and the generated JSON Schema), every span slices to
// its text, and two runs give identical bytes.
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, test } from 'vitest';
import { graphJsonSchema } from '../src/graph/write-json-schema.js';
import { GraphSchema, type Graph } from '../src/graph/schema.js';
import { runRecord, serialiseGraph } from '../src/pipeline/run.js';
import { fixtureRecords, inputRecord } from './helpers/fixtures.js';

const validateJson = new Ajv2020({ strict: false }).compile(JSON.parse(graphJsonSchema()));

function spansOf(graph: Graph): { start: number; end: number; text: string }[] {
  return graph.nodes.flatMap((n) => {
    if (n.kind === 'entity' || n.kind === 'time') return n.mentions;
    if (n.kind === 'claim') return [n.content, ...(n.cue ? [n.cue] : []), ...(n.source ? [n.source] : [])];
    return [];
  });
}

describe.each(fixtureRecords())('fixture $id', (record) => {
  const graph = runRecord(inputRecord(record.text, record));

  test('validates against the zod schema and the generated JSON Schema', () => {
    expect(GraphSchema.safeParse(graph).success).toBe(true);
    expect(validateJson(JSON.parse(serialiseGraph(graph))), JSON.stringify(validateJson.errors)).toBe(true);
  });

  test('every span lies in the text and slices to its own text', () => {
    const spans = spansOf(graph);
    expect(spans.length).toBeGreaterThan(0);
    for (const s of spans) {
      expect(s.start).toBeGreaterThanOrEqual(0);
      expect(s.end).toBeLessThanOrEqual(record.text.length);
      expect(record.text.slice(s.start, s.end)).toBe(s.text);
    }
  });

  test('edges connect nodes of the graph', () => {
    const ids = new Set(graph.nodes.map((n) => n.id));
    expect(ids.size).toBe(graph.nodes.length);
    for (const e of graph.edges) {
      expect(ids.has(e.from), e.from).toBe(true);
      expect(ids.has(e.to), e.to).toBe(true);
    }
  });

  test('two runs give identical bytes', () => {
    expect(serialiseGraph(runRecord(inputRecord(record.text, record)))).toBe(serialiseGraph(graph));
  });
});
