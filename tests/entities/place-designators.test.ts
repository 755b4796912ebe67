// Places named with a designator inside or outside the span.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/place-designators';

describe('place-designators', () => {
  test('"Camp Liberty"; "camps Ashraf and Liberty"', () => {
    expectMentions(SEED, [
      ['Camp Liberty', 134, 146, 'place', RULE],
      ['Ashraf', 757, 763, 'place', RULE],
      ['Liberty', 768, 775, 'place', RULE],
    ]);
  });

  test('"Madain Qada", "Baghdad’s Rashid district", "the Karada area" (area stays out)', () => {
    expectMentions('afps-2008-10-20-baghdad-detentions-weapons', [
      ['Madain Qada', 1027, 1038, 'place', RULE],
      ['Rashid district', 1680, 1695, 'place', RULE],
      ['Karada', 1933, 1939, 'place', RULE],
    ]);
  });

  test('a list before a plural designator: "Baghdad, Diyala, and Hilla provinces"', () => {
    expectMentions('hrw-2014-07-31-militias-trail-of-death', [
      ['Diyala', 191, 197, 'place', RULE],
      ['Hilla', 203, 208, 'place', RULE],
    ]);
  });
});
