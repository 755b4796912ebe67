// Cue verbs with their source and content, on real sentences from fixtures/statements and news.
import { describe, expect, test } from 'vitest';
import type { Span } from '../../src/pipeline/document.js';
import { layersOf, spanOf } from '../helpers/fixtures.js';

const STORK =
  '“The government seems to think that if people blame militias for killings it can wash its hands of the matter,” said Joe Stork, deputy Middle East and North Africa director. “In fact, the government needs to rein in these militias and call a halt to killing people just because of their sect.”';
const SPOKESPERSON =
  '"The Secretary-General deplores the tragic events in Camp Ashraf today that have reportedly left 47 killed," his spokesperson said in a statement. "He expresses his sorrow and extends his deepest condolences to the families of the victims."';

// [file prefix, text, cue, source, content ranges, mode]
const CASES: [string, string, string, string | null, string[], string][] = [
  [
    'hrw: source first, that-clause',
    'Witnesses and medical and government sources said that militias were responsible in each case.',
    'said',
    'Witnesses and medical and government sources',
    ['that militias were responsible in each case'],
    'indirect',
  ],
  [
    'hrw: inverted source with apposition, split quotation',
    STORK,
    'said',
    'Joe Stork, deputy Middle East and North Africa director',
    [
      '“The government seems to think that if people blame militias for killings it can wash its hands of the matter,”',
      '“In fact, the government needs to rein in these militias and call a halt to killing people just because of their sect.”',
    ],
    'direct',
  ],
  [
    'unnews: straight quotes split by "said in a statement"',
    SPOKESPERSON,
    'said',
    'his spokesperson',
    [
      '"The Secretary-General deplores the tragic events in Camp Ashraf today that have reportedly left 47 killed,"',
      '"He expresses his sorrow and extends his deepest condolences to the families of the victims."',
    ],
    'direct',
  ],
  [
    'afps: content first across a wrapped line',
    'Coalition forces apprehended 11 suspected terrorists in and around Baghdad today and yesterday,\nmilitary officials reported.',
    'reported',
    'military officials',
    ['Coalition forces apprehended 11 suspected terrorists in and around Baghdad today and yesterday'],
    'indirect',
  ],
  [
    'unnews: phrasal cue keeps its object after "for"',
    'He also called for the Government of Iraq to promptly investigate the incident and disclose the findings.',
    'also called for',
    'He',
    ['the Government of Iraq to promptly investigate the incident and disclose the findings'],
    'indirect',
  ],
  [
    'news: content first, plain source',
    'Secret Service protocol called for the nominee to be taken to a trauma center, sources said.',
    'said',
    'sources',
    ['Secret Service protocol called for the nominee to be taken to a trauma center'],
    'indirect',
  ],
  [
    'news: participle cue takes the clause subject',
    'Mr. Trump, the Republican nominee, has said that he will build the wall, adding that Mexico would pay for it.',
    'adding',
    'Mr. Trump',
    ['that Mexico would pay for it'],
    'indirect',
  ],
];

const expectSpan = (text: string, got: Span | null | undefined, want: string | null, from = 0) => {
  if (want === null) return expect(got ?? null).toBeNull();
  const s = spanOf(text, want, from);
  expect(got && { start: got.start, end: got.end, text: text.slice(got.start, got.end) }).toEqual({ ...s, text: want });
};

describe('claims/reported-speech', () => {
  test.each(CASES)('%s', (_, text, cue, source, contents, mode) => {
    const { claims } = layersOf(text).full;
    const claim = claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === cue && c.rule === 'claims/reported-speech');
    expect(claim, `no claim with cue "${cue}"`).toBeDefined();
    expectSpan(text, claim!.cue, cue);
    expectSpan(text, claim!.source, source);
    expect(claim!.content).toHaveLength(contents.length);
    contents.forEach((c, k) => expectSpan(text, claim!.content[k], c));
    expect(claim!.mode).toBe(mode);
  });

  test('apposition source, nested under "according to", resolved to its entity', () => {
    const text =
      'NCRI – According to reports received from inside Iran, Danaifar, clerical regime’s ambassador to Baghdad, has ordered Iraqi groups affiliated with the terrorist Qods Force to once again attack Camp Liberty with missiles before the end of Ramadan (August 8).';
    const { full } = layersOf(text);
    const outer = full.claims.findIndex((c) => c.rule === 'claims/according-to');
    const inner = full.claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === 'has ordered')!;
    expectSpan(text, full.claims[outer]!.source, 'reports received from inside Iran');
    expectSpan(text, inner.source, 'Danaifar, clerical regime’s ambassador to Baghdad');
    expect(inner.parent).toBe(outer);
    expect(full.entities[inner.sourceEntity!]!.name).toBe('Danaifar');
  });

  test('the time the claim was made: "warned on July 26: “…”"', () => {
    const text =
      'U.S. Embassy warned on July 26: “Terror attacks have claimed lives of several hundred people since February 2013, and such terror attacks may occur at any time.”';
    const { full } = layersOf(text, { publishedAt: '2013-07-27' });
    const claim = full.claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === 'warned')!;
    expectSpan(text, claim.source, 'U.S. Embassy');
    expectSpan(text, claim.content[0], '“Terror attacks have claimed lives of several hundred people since February 2013, and such terror attacks may occur at any time.”');
    expect(claim.mode).toBe('direct');
    expect(full.times.expressions[claim.madeAt!]!.text).toBe('July 26');
  });
});

describe('claims/reported-speech: passives and distant subjects', () => {
  test('afps: a passive cue names no source and keeps its subject in the content', () => {
    const text = 'The man is believed to be a courier and of having ties with foreign terrorists, officials said.';
    const claim = layersOf(text).full.claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === 'is believed')!;
    expect(claim.source).toBeNull();
    expect(claim.content).toEqual([spanOf(text, 'The man is believed to be a courier and of having ties with foreign terrorists')]);
  });

  test.each([
    ['coordination', 'The Arizona Republican survived five years in a Vietnamese prison and says such techniques are inhumane.', 'says', 'The Arizona Republican'],
    ['time adjunct', 'In a statement, the Kentucky Republican on Tuesday dismissed the new rules on gun sales.', 'dismissed', 'the Kentucky Republican'],
    ['relative clause', 'Chris Cox, who runs the lobbying arm of the association, says the bill is a mistake.', 'says', 'Chris Cox, who runs the lobbying arm of the association'],
  ])('%s', (_, text, cue, source) => {
    const claim = layersOf(text).full.claims.find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === cue)!;
    expect(claim.source).toEqual(spanOf(text, source));
    expect(text.slice(claim.source!.start, claim.source!.end)).toBe(source);
  });
});
