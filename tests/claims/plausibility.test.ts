// The plausibility model's features on real sentences: what the learned weights are keyed by.
import { describe, expect, test } from 'vitest';
import { claimCandidates } from '../../src/claims/index.js';
import { claimFeatures, plausibility } from '../../src/claims/plausibility.js';
import { layersOf } from '../helpers/fixtures.js';

/** The features of the candidate whose cue reads `cue`. */
function featuresOf(text: string, cue: string): string[] {
  const doc = layersOf(text).withTimes;
  const candidate = claimCandidates(doc).find((c) => c.cue && text.slice(c.cue.start, c.cue.end) === cue);
  expect(candidate, `no candidate with cue "${cue}"`).toBeDefined();
  return claimFeatures(doc, candidate!);
}

describe('claims/plausibility: features', () => {
  test('amnesty: a headline’s short claim is weighed as a headline’s', () => {
    const text = 'Iraq: Eight reported killed as Iraqi forces raid Iranian camp\n\nIraqi security forces stormed Camp Ashraf on Tuesday, killing eight residents, a witness said.';
    expect(featuresOf(text, 'reported')).toContain('length+zone=short|title');
    expect(featuresOf(text, 'said')).toContain('length+zone=medium|body');
  });

  test('statement: a cue inside a quotation is weighed by its source’s kind', () => {
    const text = '“This group committed itself to target the camp, Faleh Fayyaz promised to increase the support to this group,” the representative said.';
    const features = featuresOf(text, 'promised');
    expect(features).toContain('cueIn=quoted');
    expect(features).toContain('cueIn+source=quoted|proper');
  });

  test('the probability grows with the weight of the evidence', () => {
    expect(plausibility(['cue=said/v', 'source=proper', 'opener=that'])).toBeGreaterThan(plausibility(['cue=said/v', 'source=proper', 'opener=that', 'cueIn=quoted']));
  });
});
