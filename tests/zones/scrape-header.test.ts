// The date a crawler stamps on line 1 is page chrome, never the statement's date line.
import { describe, expect, test } from 'vitest';
import { fixtureText, SEED } from '../helpers/fixtures.js';
import { expectZones, zonesOf } from './zones.js';

describe('zones/scrape-header', () => {
  test.each([
    [SEED, 'Wednesday, July 17, 2024'],
    ['afps-2008-10-20-baghdad-detentions-weapons', 'Monday, October 20, 2008'],
    ['state-2013-02-09-camp-hurriya-attack', 'Sunday, February 10, 2013'],
  ])('%s: "%s"', (id, slice) => {
    expectZones(id, [['scrape-header', 0, slice.length, slice]]);
    expect(zonesOf(fixtureText(id)).some((z) => z.start === 0 && z.kind === 'date-line')).toBe(false);
  });

  test('a first line that is not a bare date is no scrape header', () => {
    expect(zonesOf(fixtureText('amnesty-2009-07-29-camp-ashraf-raid')).some((z) => z.kind === 'scrape-header')).toBe(false);
  });
});
