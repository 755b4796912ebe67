// News datelines opening a paragraph.
import { describe, expect, test } from 'vitest';
import { expectZones, zonesOf } from './zones.js';

describe('zones/dateline', () => {
  test.each([
    ['afps-2008-10-20-baghdad-detentions-weapons', 110, 'Oct. 20, 2008 -'],
    ['ncri-2013-09-01-ashraf-massacre-reports', 102, 'Sep 01, 2013, 08:30 ET from NCRI'],
    ['ncri-2013-09-01-ashraf-massacre-reports', 136, 'PARIS, September 1, 2013 /PRNewswire/ --'],
    ['unami-2017-03-30-yousufiyah-bombing', 118, 'Baghdad, 30 March 2017 -'],
  ])('%s: "%s"', (id, start, slice) => expectZones(id, [['dateline', start, start + slice.length, slice]]));
});

describe('zones/dateline: a place and a news agency without a date', () => {
  test.each([
    ['Washington (AFP) – Democrat Hillary Clinton has taken a swipe at Republican Donald Trump over Brexit.', 'Washington (AFP) –'],
    ['WASHINGTON (AP) — A news report published Wednesday said Defense Secretary Ash Carter used personal email.', 'WASHINGTON (AP) —'],
  ])('news: %s', (text, slice) => {
    expect(zonesOf(text).filter((z) => z.kind === 'dateline').map((z) => text.slice(z.start, z.end))).toEqual([slice]);
  });

  test('news: a senator’s party and state is no agency', () => {
    const text = 'Sen. Bernie Sanders (I-Vt.) – the candidate – said he would win.';
    expect(zonesOf(text).filter((z) => z.kind === 'dateline')).toEqual([]);
  });
});
