import { describe, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

describe('clock-time', () => {
  test('"0300 GMT" and "5:45 AM local time" keep the stated time', () => {
    expectTimes('news', 'The first rocket struck at 0300 GMT and a second at 5:45 AM local time.', '2013-07-27', [
      ['0300 GMT', 27, 35, '2013-07-27T03:00', 'times/clock-time'],
      ['5:45 AM', 52, 59, '2013-07-27T05:45', 'times/chrono'],
    ]);
  });

  test('"midnight on Saturday" closes Saturday (T24:00); "As of 9 am" is today', () => {
    const id = 'ncri-2013-09-01-ashraf-massacre-reports';
    expectTimes(id, fixtureText(id), undefined, [
      ['midnight on Saturday', 393, 413, '2013-08-31T24:00', 'times/chrono'],
      ['9 am', 872, 876, '2013-09-01T09:00', 'times/chrono'],
    ]);
  });
});
