// Quarters, and the year-on-year comparisons that take their grain.
import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/quarter';

describe('quarter', () => {
  test('"third-quarter", "the third quarter of 1989", "a year earlier", "the latest quarter"', () => {
    const text =
      "The company's third-quarter profit fell 12%. In the third quarter of 1989, sales rose. Net income was $5 million, or 20 cents a share, compared with $4 million a year earlier. Results for the latest quarter disappointed analysts.";
    expectTimes('news', text, '1989-10-26', [
      ['third-quarter', 14, 27, '1989-Q3', RULE],
      ['the third quarter of 1989', 48, 73, '1989-Q3', RULE],
      ['a year earlier', 160, 174, '1988-Q3', 'times/narrative'],
      ['the latest quarter', 188, 206, '1989-Q3', RULE],
    ]);
  });

  test('a fourth quarter not yet begun, told in the past, is last year\'s', () => {
    expectTimes('news', 'Profit fell in the fourth quarter, the company said.', '1990-02-10', [['the fourth quarter', 15, 33, '1989-Q4', RULE]]);
  });
});
