// A range is two expressions, one per end, each with its own value.
import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/chrono';

describe('ranges', () => {
  test('"from Aug. 26 to Oct. 20" and "July 23-25"', () => {
    const text = 'Hewlett-Packard said it bought 100,000 shares from Aug. 26 to Oct. 20 for $23.31 to $24.25 a share. The fair ran July 23-25.';
    expectTimes('news', text, '1989-10-30', [
      ['Aug. 26', 51, 58, '1989-08-26', RULE],
      ['Oct. 20', 62, 69, '1989-10-20', RULE],
      ['July 23', 113, 120, '1989-07-23', RULE],
      ['25', 121, 123, '1989-07-25', RULE],
    ]);
  });
});
