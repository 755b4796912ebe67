import { describe, expect, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { timesOf } from './expressions.js';

describe('duration', () => {
  test('durations are typed duration with a period, never resolved to a date', () => {
    const text = 'The siege lasted six months. Residents have lived in the camp for 34 years, within 24 hours.';
    const found = timesOf(text, '2013-07-27').map((t) => [t.text, t.start, t.end, t.type, t.value]);
    expect(found).toEqual([
      ['six months', 17, 27, 'duration', 'P6M'],
      ['34 years', 66, 74, 'duration', 'P34Y'],
      ['24 hours', 83, 91, 'duration', 'PT24H'],
    ]);
  });

  test('"the past five months" in a real report', () => {
    const id = 'hrw-2014-07-31-militias-trail-of-death';
    const t = timesOf(fixtureText(id)).find((e) => e.start === 224);
    expect(t && [fixtureText(id).slice(224, 244), t.end, t.type, t.value]).toEqual(['the past five months', 244, 'duration', 'P5M']);
  });
});
