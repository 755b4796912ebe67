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

  test('without a verb to go by, a month more than three months ahead is the one just past ("in March" in late October)', () => {
    expectTimes('news', 'The stock rose to a high of $42.875 a share in June from $29.75 in March.', '1989-10-30', [
      ['June', 47, 51, '1989-06', RULE],
      ['March', 67, 72, '1989-03', RULE],
    ]);
  });

  test('"effective Feb. 1" is ahead even after a past verb', () => {
    expectTimes('news', 'U.S. Trust also created a four-member office of the chairman, effective Feb. 1.', '1989-10-26', [['Feb. 1', 72, 78, '1990-02-01', RULE]]);
  });

  test('a bare weekday closing a range is read as it would be alone ("from Sept. 14 to Thursday")', () => {
    expectTimes('news', 'Crane bought 254,200 shares from Sept. 14 to Thursday for $15.50 each.', '1989-10-30', [
      ['Sept. 14', 33, 41, '1989-09-14', RULE],
      ['Thursday', 45, 53, '1989-10-26', RULE],
    ]);
  });

  test('a verb group opening with "to" + infinitive is planned ("is to resume trading in Paris Tuesday")', () => {
    expectTimes('news', 'Navigation Mixte, which is being traded in London, is to resume trading in Paris Tuesday.', '1989-10-27', [['Tuesday', 81, 88, '1989-10-31', RULE]]);
  });
});
