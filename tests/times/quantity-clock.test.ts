// Numbers chrono joins to a date as its clock time are quantities: the date stays, without them.
import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/chrono';

describe('quantity-clock', () => {
  test('"at 1,015 francs" and "or 6.43, on Friday" are no clock times', () => {
    const text = 'It has an option to buy a stake in BIP after Jan. 1, 1990 at 1,015 francs a share. The Nasdaq 100 Index fell 1.4%, or 6.43, on Friday, to 437.68.';
    expectTimes('news', text, '1989-10-30', [
      ['Jan. 1, 1990', 45, 57, '1990-01-01', RULE],
      ['Friday', 127, 133, '1989-10-27', RULE],
    ]);
  });

  test('a clock time with a colon stays', () => {
    expectTimes('news', 'Trading resumed on Friday at 10:30, officials said.', '1989-10-30', [['Friday at 10:30', 19, 34, '1989-10-27T10:30', RULE]]);
  });
});
