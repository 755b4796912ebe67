// A signature block closing a statement, with its date line.
import { describe, expect, test } from 'vitest';
import { fixtureText, SEED } from '../helpers/fixtures.js';
import { expectZones, zonesOf } from './zones.js';

describe('zones/signature', () => {
  test('the seed statement\'s signer and date', () => {
    expectZones(SEED, [
      ['signature', 3114, 3185, 'Secretariat of the National Council of Resistance of Iran\nJuly 27, 2013'],
      ['date-line', 3172, 3185, 'July 27, 2013'],
    ]);
  });

  test('a signer line without a date', () => {
    expectZones('ncri-2013-09-01-ashraf-massacre-reports', [['signature', 1499, 1556, 'Secretariat of the National Council of Resistance of Iran']]);
  });

  test('a sentence ending the body is no signature', () => {
    expect(zonesOf(fixtureText('amnesty-2009-07-29-camp-ashraf-raid')).some((z) => z.kind === 'signature')).toBe(false);
  });
});
