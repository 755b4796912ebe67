import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/units-ago';

describe('units-ago', () => {
  test('counted back at the unit\'s granularity', () => {
    expectTimes('news', 'Six weeks ago the minister resigned; three years ago the bridge collapsed.', '1998-03-01', [
      ['Six weeks ago', 0, 13, '1998-W03', RULE],
      ['three years ago', 37, 52, '1995', RULE],
    ]);
  });
});
