import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/period-edge';

describe('period-edge', () => {
  test('"the end of the month", "early 1996", "mid-July", "year-end" keep the whole period', () => {
    expectTimes('news', 'The plant will close at the end of the month. Production peaked in early 1996 and fell sharply by mid-July, before recovering at year-end.', '1998-07-27', [
      ['the end of the month', 24, 44, '1998-07', RULE],
      ['early 1996', 67, 77, '1996', RULE],
      ['mid-July', 98, 106, '1998-07', RULE],
      ['year-end', 129, 137, '1998', RULE],
    ]);
  });
});
