// Holidays through the platform's ICU calendars; a restating date in parentheses agrees.
import { describe, test } from 'vitest';
import { fixtureText, SEED } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

const RULE = 'times/holiday';

describe('holiday', () => {
  test('"the end of Ramadan (August 8)" in the seed statement: both 2013-08-08', () => {
    expectTimes(SEED, fixtureText(SEED), undefined, [
      ['the end of Ramadan', 456, 474, '2013-08-08', RULE],
      ['August 8', 476, 484, '2013-08-08', 'times/chrono'],
    ]);
  });

  test('Islamic, Persian and Christian holidays, in the direction of the verb', () => {
    const text = 'Muslims around the world began fasting for Ramadan. Eid al-Adha and Ashura were marked peacefully, and Iranians celebrated Nowruz. Christmas and Easter services were held.';
    expectTimes('news', text, '2013-07-27', [
      ['Ramadan', 43, 50, '2013-07-09', RULE],
      ['Eid al-Adha', 52, 63, '2012-10-26', RULE],
      ['Ashura', 68, 74, '2012-11-24', RULE],
      ['Nowruz', 123, 129, '2013-03-21', RULE],
      ['Christmas', 131, 140, '2012-12-25', RULE],
      ['Easter', 145, 151, '2013-03-31', RULE],
    ]);
  });
});
