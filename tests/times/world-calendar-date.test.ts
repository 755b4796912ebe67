import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/world-calendar-date';

describe('world-calendar-date', () => {
  test('a Hijri and a Solar Hijri date', () => {
    expectTimes('news', "The decree was issued on 15 Sha'ban 1434 and announced on 5 Tir 1392.", '2013-07-27', [
      ["15 Sha'ban 1434", 25, 40, '2013-06-24', RULE],
      ['5 Tir 1392', 58, 68, '2013-06-26', RULE],
    ]);
  });
});
