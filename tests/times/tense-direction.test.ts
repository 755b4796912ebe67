// Bare weekdays and months take the direction of the verb: past unless a future is marked.
import { describe, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

const RULE = 'times/chrono';

describe('tense-direction', () => {
  test('"will travel … on Friday" is ahead, "met … on Tuesday" behind', () => {
    expectTimes('news', 'The minister will travel to Paris on Friday. He met the envoy on Tuesday.', '2013-07-24', [
      ['Friday', 37, 43, '2013-07-26', RULE],
      ['Tuesday', 65, 72, '2013-07-23', RULE],
    ]);
  });

  test('"On Monday" in a Wednesday statement is two days before', () => {
    const id = 'amnesty-2009-07-29-camp-ashraf-raid';
    expectTimes(id, fixtureText(id), undefined, [['Monday', 1236, 1242, '2009-07-27', RULE]]);
  });

  test('a month without a year in the past is this year\'s if it has begun', () => {
    const id = 'ncri-2013-07-27-liberty-attack-order';
    expectTimes(id, fixtureText(id), undefined, [
      ['February 9', 1340, 1350, '2013-02-09', RULE],
      ['July 23', 2064, 2071, '2013-07-23', RULE],
    ]);
  });

  test('near the reference, the nearest reading beats a past verb ("declared … payable Dec. 15")', () => {
    expectTimes('news', 'ONEIDA Ltd. declared a 10% stock dividend, payable Dec. 15 to stock of record Nov. 17.', '1989-10-26', [
      ['Dec. 15', 51, 58, '1989-12-15', RULE],
      ['Nov. 17', 78, 85, '1989-11-17', RULE],
    ]);
  });
});
