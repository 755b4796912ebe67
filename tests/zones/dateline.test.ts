// News datelines opening a paragraph.
import { describe, test } from 'vitest';
import { expectZones } from './zones.js';

describe('zones/dateline', () => {
  test.each([
    ['afps-2008-10-20-baghdad-detentions-weapons', 110, 'Oct. 20, 2008 -'],
    ['ncri-2013-09-01-ashraf-massacre-reports', 102, 'Sep 01, 2013, 08:30 ET from NCRI'],
    ['ncri-2013-09-01-ashraf-massacre-reports', 136, 'PARIS, September 1, 2013 /PRNewswire/ --'],
    ['unami-2017-03-30-yousufiyah-bombing', 118, 'Baghdad, 30 March 2017 -'],
  ])('%s: "%s"', (id, start, slice) => expectZones(id, [['dateline', start, start + slice.length, slice]]));
});
