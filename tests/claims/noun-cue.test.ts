// Noun cues ("his criticism of …", "Clinton’s decision to …", "the idea that …") with their source
// and content, on realistic news sentences. The recognizer is tested on the candidates it proposes,
// before the learned plausibility filter, so a retrained model does not change what is asserted here.
import { describe, expect, test } from 'vitest';
import type { Span } from '../../src/pipeline/document.js';
import { claimCandidates } from '../../src/claims/index.js';
import { layersOf, spanOf } from '../helpers/fixtures.js';

const nounCues = (text: string) => claimCandidates(layersOf(text).withTimes).filter((c) => c.rule === 'claims/noun-cue');

const expectSpan = (text: string, got: Span | null | undefined, want: string | null) => {
  if (want === null) return expect(got ?? null).toBeNull();
  const s = spanOf(text, want);
  expect(got && { start: got.start, end: got.end, text: text.slice(got.start, got.end) }).toEqual({ ...s, text: want });
};

// [what, text, cue, source, content]
const CASES: [string, string, string, string | null, string][] = [
  [
    'possessive pronoun; the preposition belongs to the cue',
    'Republicans in Congress stepped up their criticism of the State Department on Monday.',
    'criticism of',
    'their',
    'the State Department',
  ],
  [
    'named possessor; an infinitive in subject position ends before the main verb',
    'Clinton’s decision to skip the debate angered some of her supporters.',
    'decision',
    'Clinton’s',
    'to skip the debate',
  ],
  [
    'no source named; "that" opens the content, not the cue',
    'The idea that the election was rigged has no basis in fact.',
    'The idea',
    null,
    'that the election was rigged',
  ],
  [
    'a verb whose object the noun is joins the cue; its subject is the source',
    'Sanders has made no secret of his contempt for the financial industry.',
    'has made no secret of',
    'Sanders',
    'his contempt for the financial industry',
  ],
  [
    'a verb of receiving names no source',
    'The mayor has faced criticism over the new parking rules.',
    'criticism over',
    null,
    'the new parking rules',
  ],
  [
    'the object keeps its own prepositional phrase',
    'Trump has drawn criticism for his remarks about a Gold Star family.',
    'criticism for',
    null,
    'his remarks about a Gold Star family',
  ],
];

describe('claims/noun-cue', () => {
  test.each(CASES)('%s', (_, text, cue, source, content) => {
    const claim = nounCues(text).find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === cue);
    expect(claim, `no noun cue "${cue}"`).toBeDefined();
    expectSpan(text, claim!.cue, cue);
    expectSpan(text, claim!.source, source);
    expect(claim!.content).toHaveLength(1);
    expectSpan(text, claim!.content[0], content);
  });

  test('a capitalised noun in a headline names a topic, not a claim', () => {
    expect(nounCues('Renewed Attacks on Journalists in Two Provinces')).toEqual([]);
  });

  test('a noun that is not a cue proposes nothing', () => {
    expect(nounCues('The committee approved the budget for the new school year.')).toEqual([]);
  });

  test('a content that mostly coincides with a verb cue’s is that claim, read from inside', () => {
    const text = 'She has no plans to run for the Senate in 2018, she said.';
    const candidates = claimCandidates(layersOf(text).withTimes);
    const said = candidates.find((c) => c.rule === 'claims/reported-speech');
    expectSpan(text, said?.content[0], 'She has no plans to run for the Senate in 2018');
    expect(candidates.filter((c) => c.rule === 'claims/noun-cue')).toEqual([]);
  });
});
