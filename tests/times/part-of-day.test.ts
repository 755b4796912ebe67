import { describe, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { expectTimes } from './expressions.js';

const RULE = 'times/part-of-day';

describe('part-of-day', () => {
  test('"this morning" in a real statement', () => {
    const id = 'state-2013-02-09-camp-hurriya-attack';
    expectTimes(id, fixtureText(id), undefined, [['this morning', 389, 401, '2013-02-09TMO', RULE]]);
  });

  test('"yesterday morning", "Saturday night", "tonight"', () => {
    expectTimes('news', 'Troops entered the town yesterday morning and left late Saturday night. A curfew takes effect tonight.', '2013-06-15', [
      ['yesterday morning', 24, 41, '2013-06-14TMO', RULE],
      ['Saturday night', 56, 70, '2013-06-15TNI', RULE],
      ['tonight', 94, 101, '2013-06-15TNI', RULE],
    ]);
  });
});
