import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/season';

describe('season', () => {
  test('"Last spring", "this summer", "the summer of 1999"', () => {
    expectTimes('news', 'Last spring the talks collapsed. They will resume this summer, officials said, and the treaty is due to be signed in the summer of 1999.', '1998-03-22', [
      ['Last spring', 0, 11, '1997-SP', RULE],
      ['this summer', 50, 61, '1998-SU', RULE],
      ['the summer of 1999', 117, 135, '1999-SU', RULE],
    ]);
  });
});
