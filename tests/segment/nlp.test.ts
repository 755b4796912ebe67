// The tagger's speed-ups (our sweep and single-sentence matcher, which lean on compromise internals)
// must leave compromise's tags exactly as they are: the terms and their tags, in tag order, equal
// those of a bare nlp(text) from compromise's own CommonJS build, which the speed-ups never touch.
// Rerun after upgrading compromise.
import { createRequire } from 'node:module';
import { describe, expect, test } from 'vitest';
import { tagTerms, type CompromiseTerm } from '../../src/segment/nlp.js';
import { fixtureRecords } from '../helpers/fixtures.js';

const bare = createRequire(import.meta.url)('compromise') as (text: string) => { document: CompromiseTerm[][] };
const tagged = (document: CompromiseTerm[][]) => document.flat().map((t) => `${t.text} ${[...t.tags].join(',')}`);

describe('segment/nlp', () => {
  test.each(fixtureRecords().map((r) => [r.id, r.text] as const))('%s: the same terms and tags as bare compromise', (_, text) => {
    expect(tagged(tagTerms(text))).toEqual(tagged(bare(text).document));
  });

  test('one sentence of 4,000 honorifics (every pattern tried at every term) is tagged alike', () => {
    const text = `${'Mr. '.repeat(4000)}Smith said.`;
    expect(tagged(tagTerms(text))).toEqual(tagged(bare(text).document));
  });
});
