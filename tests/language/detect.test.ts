// Language identification: real English statements are English; translated statements are their
// language, recorded in the graph with no English-only extraction; too-short text is 'und'.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { GraphSchema } from '../../src/graph/schema.js';
import { detectLanguage, extractsEnglish } from '../../src/language/index.js';
import { runRecord } from '../../src/pipeline/run.js';
import { FIXTURES, fixtureRecords, inputRecord } from '../helpers/fixtures.js';

interface Translated {
  readonly id: string;
  readonly text: string;
  readonly publishedAt: string;
  readonly expectedLanguage: string;
}
const TRANSLATED: Translated[] = readFileSync(join(FIXTURES, 'faults', 'non-english.jsonl'), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((l) => JSON.parse(l) as Translated);

describe('detectLanguage', () => {
  test.each(fixtureRecords())('the real statement $id is English', ({ text }) => {
    expect(detectLanguage(text)).toBe('eng');
  });

  test.each(TRANSLATED)('the translated statement $id is $expectedLanguage', ({ text, expectedLanguage }) => {
    expect(detectLanguage(text)).toBe(expectedLanguage);
  });

  test.each([
    ['a single English sentence', 'Ban Ki-moon said the attack was deplorable.'],
    ['one word', 'Baghdad'],
    ['digits and punctuation', '2013-09-01 12:30 -- 47 / 3,000'],
    ['emoji', '😀😀 🇮🇷'],
  ])('%s is too short to tell: und', (_, text) => {
    expect(detectLanguage(text)).toBe('und');
  });

  test.each(['مخيم أشرف قرب بغداد', '政府周一宣布谈判将恢复', 'Лагерь Ашраф под Багдадом'])('a short run of another script (%s) is enough to tell it is not English', (text) => {
    expect(extractsEnglish(detectLanguage(text))).toBe(false);
  });
});

describe('non-English documents in the pipeline', () => {
  test.each(TRANSLATED)('$id: language recorded, no entities, times or claims, the graph validates', (r) => {
    const graph = runRecord(inputRecord(r.text, r));
    expect(GraphSchema.safeParse(graph).success).toBe(true);
    expect(graph.document.language).toBe(r.expectedLanguage);
    expect(graph.document.text).toBe(r.text);
    expect(graph.document.publishedAt).toBe('2013-09-01');
    expect(graph.nodes.map((n) => n.kind)).toEqual(['document']);
    expect(graph.edges).toEqual([]);
  });

  test('a too-short English document is und and still gets English extraction', () => {
    const text = 'Ban Ki-moon said the attack was deplorable.';
    const graph = runRecord(inputRecord(text, { publishedAt: '2013-09-01' }));
    expect(graph.document.language).toBe('und');
    const claim = graph.nodes.find((n) => n.kind === 'claim');
    expect(claim?.kind === 'claim' && claim.cue ? [claim.cue.start, claim.cue.end, text.slice(claim.cue.start, claim.cue.end)] : null).toEqual([12, 16, 'said']);
  });

  test('an English statement records eng', () => {
    const [record] = fixtureRecords();
    expect(runRecord(inputRecord(record!.text, record)).document.language).toBe('eng');
  });
});
