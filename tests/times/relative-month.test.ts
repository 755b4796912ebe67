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
});
