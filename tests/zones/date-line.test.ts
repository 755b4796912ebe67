// A date alone on its own line below the top: the statement's date.
import { describe, test } from 'vitest';
import { expectZones } from './zones.js';

describe('zones/date-line', () => {
  test.each([
    ['amnesty-2009-07-29-camp-ashraf-raid', 58, '29 July 2009'],
    ['state-2013-02-09-camp-hurriya-attack', 262, 'February 9, 2013'],
    ['whitehouse-2003-08-21-un-headquarters-attack', 110, 'August 21, 2003'],
    ['unami-2017-03-30-yousufiyah-bombing', 103, '30 March 2017'],
  ])('%s: "%s"', (id, start, slice) => expectZones(id, [['date-line', start, start + slice.length, slice]]));
});
