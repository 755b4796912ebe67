// "According to X, Y" and "Y, according to X".
import { describe, expect, test } from 'vitest';
import { layersOf, spanOf } from '../helpers/fixtures.js';
import { claimCandidates } from '../../src/claims/index.js';

describe('claims/according-to', () => {
  test.each([
    [
      'ncri: sentence-initial after a dateline tag',
      'NCRI – According to reports received from inside Iran, Danaifar, clerical regime’s ambassador to Baghdad, has ordered Iraqi groups to attack Camp Liberty.',
      'reports received from inside Iran',
      'Danaifar, clerical regime’s ambassador to Baghdad, has ordered Iraqi groups to attack Camp Liberty.',
    ],
    [
      'news: a trailing source ends before the writer’s own clause',
      'Turnout among young voters fell sharply, according to exit polls, compared with four years earlier.',
      'exit polls',
      'Turnout among young voters fell sharply',
    ],
    [
      'unnews: trailing',
      'Iraqi authorities have confirmed that medical support is being delivered to the Camp, according to the UN Assistance Mission for Iraq (UNAMI).',
      'the UN Assistance Mission for Iraq (UNAMI).',
      'Iraqi authorities have confirmed that medical support is being delivered to the Camp',
    ],
  ])('%s', (_, text, source, content) => {
    const claim = layersOf(text).full.claims.find((c) => c.rule === 'claims/according-to')!;
    const cue = text.search(/[Aa]ccording to/);
    expect(claim.cue).toEqual({ start: cue, end: cue + 'according to'.length });
    const s = spanOf(text, source.replace(/\.$/, ''));
    expect(claim.source).toEqual(s);
    expect(text.slice(claim.source!.start, claim.source!.end)).toBe(source.replace(/\.$/, ''));
    const c = spanOf(text, content.replace(/\.$/, ''));
    expect(claim.content).toEqual([c]);
    expect(text.slice(c.start, c.end)).toBe(content.replace(/\.$/, ''));
  });
});

describe('claims/according-to: set off by commas inside the sentence', () => {
  test.each([
    ['news: the content resumes with a clause after the source', 'The plan, according to the report, will cost more than a billion dollars.', 'the report', ['The plan', 'will cost more than a billion dollars']],
    ['news: an opening adjunct is the content’s first range', 'In 2014, according to the report, the agency spent more than it raised.', 'the report', ['In 2014', 'the agency spent more than it raised']],
    ['news: a relative clause after the source describes it', 'The plan failed, according to the report, which was released Tuesday.', 'the report, which was released Tuesday', ['The plan failed']],
    ['news: an apposition after the source is no clause', 'The agency spent more than it raised, according to John Smith, a spokesman for the campaign.', 'John Smith, a spokesman for the campaign', ['The agency spent more than it raised']],
  ])('%s', (_, text, source, contents) => {
    const candidate = claimCandidates(layersOf(text).withTimes).find((c) => c.rule === 'claims/according-to')!;
    expect(text.slice(candidate.source!.start, candidate.source!.end)).toBe(source);
    expect(candidate.content.map((s) => text.slice(s.start, s.end))).toEqual(contents);
  });
});
