// "last week", "this month", "next year", "the weekend" as TIMEX3 weeks, months and years.
import { describe, test } from 'vitest';
import { fixtureText, SEED } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

const RULE = 'times/relative-period';

describe('relative-period', () => {
  test('"Last week" in the seed statement of Saturday 2013-07-27 is 2013-W29', () => {
    expectTimes(SEED, fixtureText(SEED), undefined, [['Last week', 488, 497, '2013-W29', RULE]]);
  });

  test('"over the weekend" in a Monday report is the weekend just past', () => {
    const id = 'afps-2008-10-20-baghdad-detentions-weapons';
    expectTimes(id, fixtureText(id), undefined, [['the weekend', 1600, 1611, '2008-W42-WE', RULE]]);
  });

  test('week, month and year units', () => {
    expectTimes('news', 'Last week the council met. This month the vote is due, and next year elections follow. The weekend was calm.', '2013-07-27', [
      ['Last week', 0, 9, '2013-W29', RULE],
      ['This month', 27, 37, '2013-07', RULE],
      ['next year', 59, 68, '2014', RULE],
      ['The weekend', 87, 98, '2013-W30-WE', RULE],
    ]);
  });

  test('"earlier in the year" is the reference\'s year, not chrono\'s "in the year" a year ahead', () => {
    expectTimes('news', 'Herbicide use was delayed earlier in the year by heavy rains.', '1989-10-26', [['the year', 37, 45, '1989', RULE]]);
  });
});
