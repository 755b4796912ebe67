import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/relative-month';

describe('relative-month', () => {
  test('"last May", "next March", "this September"', () => {
    expectTimes('news', 'Sales rose last May and will rise next March, and again this September.', '1989-10-30', [
      ['last May', 11, 19, '1989-05', RULE],
      ['next March', 34, 44, '1990-03', RULE],
      ['this September', 56, 70, '1989-09', RULE],
    ]);
  });

  test('a month with a relative year: "June last year", "January of next year"', () => {
    expectTimes('news', 'In June last year, the leadership had a falling out; in January of next year it will meet again.', '1998-02-19', [
      ['June last year', 3, 17, '1997-06', RULE],
      ['January of next year', 56, 76, '1999-01', RULE],
    ]);
  });
});
