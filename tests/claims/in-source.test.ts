// "In <a poll, a survey, someone's words>, <clause>": the phrase after "In" is the clause's source.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
import { layersOf } from '../helpers/fixtures.js';

const slice = (text: string, s: { start: number; end: number } | null) => (s ? text.slice(s.start, s.end) : null);

describe('claims/in-source', () => {
  test.each([
    [
      'a poll',
      'In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton while 40 percent chose Trump.',
      'an NBC News/Wall Street Journal poll released Monday',
      '50 percent of respondents chose Clinton while 40 percent chose Trump',
    ],
    ['someone’s words', 'In the senator’s words, the bill is a betrayal of working families.', 'the senator’s words', 'the bill is a betrayal of working families'],
  ])('%s', (_, text, source, content) => {
    const claim = claimCandidates(layersOf(text).withTimes).find((c) => c.rule === 'claims/in-source');
    expect(claim, 'no in-source candidate').toBeDefined();
    expect(slice(text, claim!.cue)).toBe('In');
    expect(slice(text, claim!.source)).toBe(source);
    expect(slice(text, claim!.content[0]!)).toBe(content);
  });

  test.each([
    ['the clause has its own cue verb', 'In a poll released on Tuesday, most voters said the economy was improving.'],
    ['the phrase names a place, not a source', 'In Baghdad, three car bombs exploded near a market.'],
  ])('no in-source claim when %s', (_, text) => {
    expect(claimCandidates(layersOf(text).withTimes).filter((c) => c.rule === 'claims/in-source')).toEqual([]);
  });
});
