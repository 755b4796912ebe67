// Text that cites nobody yields no claim; cue words used otherwise are not cues.
import { describe, expect, test } from 'vitest';
import { layersOf } from '../helpers/fixtures.js';

const NONE: [string, string][] = [
  ['afps: "wanted" as an adjective', 'Coalition forces captured a wanted man and six others in Baghdad today.'],
  ['state: a plain report of events', 'The attack took place this morning at Camp Hurriya.'],
  ['ncri: a list of weapons', 'Reciprocally, 107mm missiles and advanced machineguns were sent to the camp.'],
];

describe('claims negative', () => {
  test.each(NONE)('%s', (_, text) => {
    expect(layersOf(text).full.claims).toEqual([]);
  });

  test('a claim whose text names no source has a null source and no entity', () => {
    const text = 'The man is believed to be a courier for foreign terrorists.';
    const claims = layersOf(text).full.claims;
    for (const c of claims) {
      expect(c.source).toBeNull();
      expect(c.sourceEntity).toBeNull();
    }
  });
});
