// "Name: what they said" opening a paragraph (a headline), or a colon before a quotation.
import { describe, expect, test } from 'vitest';
import { layersOf, spanOf } from '../helpers/fixtures.js';

describe('claims/colon-headline', () => {
  test.each([
    ['headline with a quoted fragment', 'Trump: ‘I’m the Worst Thing That Ever Happened to the Establishment’\n\nThe candidate spoke in Iowa.', 'Trump', '‘I’m the Worst Thing That Ever Happened to the Establishment’'],
    ['whitehouse-style colon before a quotation', 'The meeting ended late.\nAmbassador Bremer: “The governing council issued a statement.”', 'Ambassador Bremer', '“The governing council issued a statement.”'],
  ])('%s', (_, text, source, content) => {
    const claim = layersOf(text).full.claims.find((c) => c.rule === 'claims/colon-headline');
    expect(claim).toBeDefined();
    const colon = text.indexOf(':');
    expect(claim!.cue).toEqual({ start: colon, end: colon + 1 });
    expect(claim!.source).toEqual(spanOf(text, source));
    expect(text.slice(claim!.source!.start, claim!.source!.end)).toBe(source);
    expect(claim!.content).toEqual([spanOf(text, content)]);
    expect(text.slice(claim!.content[0]!.start, claim!.content[0]!.end)).toBe(content);
  });

  test('a colon inside running text without a quotation is no claim', () => {
    const text = 'The residents were moved.\nThe rule is simple: nobody leaves the camp.';
    expect(layersOf(text).full.claims.filter((c) => c.rule === 'claims/colon-headline')).toEqual([]);
  });
});
