// A title-case press-release headline: source, present-tense cue verb, what was said.
import { describe, expect, test } from 'vitest';
import { fixtureText, layersOf } from '../helpers/fixtures.js';

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('claims/headline-verb', () => {
  test.each([
    ['a manner adverb stays out of source and cue', 'Press Release\n\nUN Envoy Strongly Condemns Suicide Attack on Market in Kirkuk\n\nThe envoy spoke in Baghdad on Monday.', 'Condemns', 'UN Envoy', 'Suicide Attack on Market in Kirkuk'],
    ['a phrasal cue takes its particle', 'Statement\n\nRights Group Calls on Iraq to Protect Camp Residents\n\nThe group wrote to the government.', 'Calls on', 'Rights Group', 'Iraq to Protect Camp Residents'],
  ])('%s', (_, text, cue, source, content) => {
    const claim = layersOf(text).full.claims.find((c) => c.rule === 'claims/headline-verb');
    expect(claim, 'no headline claim').toBeDefined();
    expect(slice(text, claim!.cue)).toBe(cue);
    expect(slice(text, claim!.source)).toBe(source);
    expect(claim!.content.map((s) => slice(text, s))).toEqual([content]);
  });

  test('a headline without a cue verb, or a sentence in running text, is no claim', () => {
    for (const text of ['News\n\nIraqi Forces Raid Camp North of Baghdad\n\nThe raid began at dawn.', 'The minister Condemns Attack on Market in the Old City.\n\nHe spoke.']) {
      expect(layersOf(text).full.claims.filter((c) => c.rule === 'claims/headline-verb')).toEqual([]);
    }
  });

  test('a headline the crawled page repeats is attributed each time it is read', () => {
    const text = fixtureText('unnews-2013-09-01-ban-deplores-ashraf-attack');
    const claims = layersOf(text).full.claims.filter((c) => c.rule === 'claims/headline-verb');
    expect(claims.map((c) => [slice(text, c.source), slice(text, c.cue), slice(text, c.content[0]!)])).toEqual([
      ['Ban', 'Deplores', 'Attack on Iranian Exile Camp North Of Baghdad'],
      ['Ban', 'Deplores', 'Attack on Iranian Exile Camp North Of Baghdad'],
    ]);
    expect(new Set(claims.map((c) => c.cue!.start)).size).toBe(2);
  });
});
