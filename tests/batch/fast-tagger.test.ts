// segment/nlp.ts replaces compromise's post-tagger sweep with a faster one and skips the chunker
// (the batch speed bar). Both must leave every term exactly as stock compromise tags it.
import nlp from 'compromise';
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { stockBulkMatch, tagTerms } from '../../src/segment/nlp.js';

type World = { methods: { one: { bulkMatch: unknown } } };
const fixtureRecords = () =>
  readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'statements.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; text: string });
const world = nlp.world() as unknown as World;
const fastSweep = world.methods.one.bulkMatch;

type Term = { text: string; pre: string; post: string; normal: string; tags: Set<string> };
const describeTerms = (doc: Term[][]) => doc.map((s) => s.map((t) => [t.pre, t.text, t.post, t.normal, [...t.tags].sort().join(',')].join('|')));

test('tagTerms gives the terms and tags of stock nlp(text) on every fixture statement', () => {
  expect(fastSweep).not.toBe(stockBulkMatch);
  for (const { id, text } of fixtureRecords()) {
    world.methods.one.bulkMatch = stockBulkMatch;
    const stock = describeTerms((nlp(text) as unknown as { document: Term[][] }).document);
    world.methods.one.bulkMatch = fastSweep;
    expect(describeTerms(tagTerms(text)), id).toEqual(stock);
  }
});
