import { describe, test } from 'vitest';
import { expectTimes } from './expressions.js';

const RULE = 'times/decade';

describe('decade', () => {
  test('decades and centuries by their leading digits', () => {
    expectTimes('news', "Unemployment rose in the late 1970s and again in the '80s; by the 20th century's end it had halved.", '1998-02-19', [
      ['the late 1970s', 21, 35, '197', RULE],
      ["the '80s", 49, 57, '198', RULE],
      ['the 20th century', 62, 78, '19', RULE],
    ]);
  });
});
