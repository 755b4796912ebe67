// The audit model: claims in reading order with their evidence sentence and nesting chain.
import { describe, expect, test } from 'vitest';
import { auditModel, sentencesAround } from '../../src/audit/model.js';
import type { Graph } from '../../src/graph/schema.js';
import { runRecord } from '../../src/pipeline/run.js';
import { SEED, fixtureText, inputRecord, spanOf } from '../helpers/fixtures.js';

const text = fixtureText(SEED);

describe('audit/model: evidence sentence', () => {
  test('a dotted abbreviation (“U.S. Embassy”) does not end the sentence', () => {
    const declared = spanOf(text, 'declared');
    const sentence = 'On February 11, the U.S. Embassy in Iraq declared that attacks similar to February 9 may recur at any time.';
    const expected = spanOf(text, sentence);
    expect(sentencesAround(text, declared.start, declared.end)).toEqual(expected);
    expect(text.slice(expected.start, expected.end)).toBe(sentence);
  });

  test('a claim whose quotation closes the sentence ends after the closing quote', () => {
    const warned = spanOf(text, 'U.S. Embassy warned');
    const end = text.indexOf('any time.”', warned.end) + 'any time.”'.length;
    const got = sentencesAround(text, warned.start, end);
    expect(got).toEqual({ start: warned.start, end });
    expect(text.slice(got.start, got.end)).toMatch(/^U\.S\. Embassy warned on July 26: “Terror attacks .* may occur at any time\.”$/);
  });

  test('a line break ends a sentence that has no full stop (a title)', () => {
    const title = 'Iranian regime orders Qods Force affiliated Iraqi groups to attack Camp Liberty';
    const second = spanOf(text, title, spanOf(text, title).end);
    const orders = spanOf(text, 'orders', second.start);
    expect(sentencesAround(text, orders.start, orders.end)).toEqual(second);
  });
});

describe('audit/model: claims of the seed graph', () => {
  const graph: Graph = runRecord(inputRecord(text, { id: SEED }));
  const model = auditModel(graph);
  const claimNodes = graph.nodes.filter((n) => n.kind === 'claim');

  test('every claim once, in reading order, numbered by position', () => {
    expect(model.claims.map((c) => c.claim.id).sort()).toEqual(claimNodes.map((c) => c.id).sort());
    model.claims.forEach((c, i) => expect(c.index).toBe(i));
    const starts = model.claims.map((c) => Math.min(...c.parts.map((p) => p.start)));
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  test('parts are the claim’s own source, cue and content spans; the evidence holds them all', () => {
    for (const c of model.claims) {
      const { source, cue, content } = c.claim;
      const expected = [source && { role: 'source', ...source }, cue && { role: 'cue', ...cue }, { role: 'content', ...content }].filter((p) => p !== null);
      for (const p of expected) {
        if (p.role !== 'content' || !content.ranges) expect(c.parts).toContainEqual({ role: p.role, start: p.start, end: p.end });
        expect(text.slice(p.start, p.end)).toBe(p.text);
      }
      for (const p of c.parts) {
        expect(c.evidence.start).toBeLessThanOrEqual(p.start);
        expect(c.evidence.end).toBeGreaterThanOrEqual(p.end);
      }
    }
  });

  test('the chain runs from the outermost claim to the claim itself along `parent`', () => {
    for (const c of model.claims) {
      expect(c.chain.at(-1)).toBe(c.index);
      for (let i = 1; i < c.chain.length; i++) {
        const inner = model.claims[c.chain[i] ?? -1];
        expect(inner?.claim.parent).toBe(model.claims[c.chain[i - 1] ?? -1]?.claim.id);
      }
      if (c.claim.parent === null) expect(c.chain).toEqual([c.index]);
    }
  });

  test('resolved source entity and time made are the graph’s own nodes', () => {
    for (const c of model.claims) {
      expect(c.sourceEntity?.id ?? null).toBe(c.claim.sourceEntity);
      expect(c.madeAt?.id ?? null).toBe(c.claim.madeAt);
    }
  });
});
