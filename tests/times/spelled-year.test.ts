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

  test('a spelled-out year dates the month or season before it', () => {
    const text = 'One person is killed. January nineteen ninety-seven. Atlanta again. Prices are back at the level we saw in the winter of nineteen ninety-four.';
    expectTimes('news', text, '1998-02-27', [
      ['January nineteen ninety-seven', 22, 51, '1997-01', RULE],
      ['the winter of nineteen ninety-four', 107, 141, '1994-WI', RULE],
    ]);
  });
});
