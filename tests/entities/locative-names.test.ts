// The fallback for unknown places after a locative preposition.
import { describe, expect, test } from 'vitest';
import { expectMentions, mentionsOf } from './mentions.js';

describe('locative-names', () => {
  test('"the terrorist bombing in Yousufiyah at Baghdad’s southern entrance"', () => {
    expectMentions('unami-2017-03-30-yousufiyah-bombing', [['Yousufiyah', 285, 295, 'place', 'entities/locative-names']]);
  });

  test('dates, people and ordinary words after "in" are not places', () => {
    const text = 'The talks ended in January. The plan was drafted in Congress and praised in Republican circles.';
    const found = mentionsOf(text).filter((m) => m.rule === 'entities/locative-names');
    expect(found).toEqual([]);
  });
});
