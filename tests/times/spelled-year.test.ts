import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/spelled-year';

describe('spelled-year', () => {
  test('years written out, as transcripts do', () => {
    expectTimes('news', 'Prices fell in nineteen ninety-six and will recover by the year two thousand.', '1998-01-08', [
      ['nineteen ninety-six', 15, 34, '1996', RULE],
      ['the year two thousand', 55, 76, '2000', RULE],
    ]);
  });
});
