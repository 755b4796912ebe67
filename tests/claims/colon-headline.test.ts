// "Name: what they said" opening a paragraph (a headline), or a colon before a quotation.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
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

  test.each([
    ['a title-case verb the tagger reads as a noun', 'Poll: Donald Trump Ties Hillary Clinton in a Three-Way Race\n\nThe survey was taken last week.', 'Poll', 'Donald Trump Ties Hillary Clinton in a Three-Way Race'],
    ['an addressee after the speaker is not the source', 'Clinton to Planned Parenthood: Trump will reverse Roe v. Wade\n\nWASHINGTON — Hillary Clinton spoke on Friday.', 'Clinton', 'Trump will reverse Roe v. Wade'],
    ['a quoted fragment inside the headline', 'Graham: Trump’s ‘Incredibly Hateful Rhetoric’ Hurts the Party\n\nThe senator spoke on Sunday.', 'Graham', 'Trump’s ‘Incredibly Hateful Rhetoric’ Hurts the Party'],
  ])('headline: %s', (_, text, source, content) => {
    const claim = claimCandidates(layersOf(text).withTimes).find((c) => c.rule === 'claims/colon-headline');
    expect(claim, 'no colon-headline candidate').toBeDefined();
    expect(text.slice(claim!.source!.start, claim!.source!.end)).toBe(source);
    expect(text.slice(claim!.content[0]!.start, claim!.content[0]!.end)).toBe(content);
  });

  test('a headline with neither a verb nor a quoted fragment is no claim', () => {
    const text = 'Iraq: Pro-Government Militias’ Trail of Death\n\nThe report was released on Thursday.';
    expect(claimCandidates(layersOf(text).withTimes).filter((c) => c.rule === 'claims/colon-headline')).toEqual([]);
  });

  test('a wire-service slug before the colon names no speaker', () => {
    const text = 'The Latest: Sanders wins Minnesota Democratic caucuses\n\nThe Vermont senator won by 20 points.';
    expect(claimCandidates(layersOf(text).withTimes).filter((c) => c.rule === 'claims/colon-headline')).toEqual([]);
  });

  test('a colon inside running text without a quotation is no claim', () => {
    const text = 'The residents were moved.\nThe rule is simple: nobody leaves the camp.';
    expect(layersOf(text).full.claims.filter((c) => c.rule === 'claims/colon-headline')).toEqual([]);
  });
});
