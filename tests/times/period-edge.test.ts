import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/period-edge';

describe('period-edge', () => {
  test('"the end of the month", "early 1996", "mid-July", "year-end" keep the whole period', () => {
    expectTimes('news', 'The plant will close at the end of the month. Production peaked in early 1996 and fell sharply by mid-July, before recovering at year-end.', '1998-07-27', [
      ['the end of the month', 24, 44, '1998-07', RULE],
      ['early 1996', 67, 77, '1996', RULE],
      ['mid-July', 98, 106, '1998-07', RULE],
      ['year-end', 129, 137, '1998', RULE],
    ]);
  });

  test('a month part near the reference is the nearest month, whatever the verb ("gave … until mid-November")', () => {
    expectTimes('news', 'Ottawa gave Merieux until mid-November to submit additional information.', '1989-10-30', [['mid-November', 26, 38, '1989-11', RULE]]);
  });

  test('halves of a year are TIMEX3 halves ("the last half of 1989", "the first two quarters of 1990")', () => {
    const text = 'Anheuser warned of lower earnings for the last half of 1989, and steelmakers expect weak demand through the first two quarters of 1990.';
    expectTimes('news', text, '1989-10-26', [
      ['the last half of 1989', 38, 59, '1989-H2', RULE],
      ['the first two quarters of 1990', 104, 134, '1990-H1', RULE],
    ]);
  });
});
