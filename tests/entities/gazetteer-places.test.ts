// Countries, regions and cities from the gazetteer packages.
import { describe, expect, test } from 'vitest';
import { isDemonym, isPlaceName } from '../../src/entities/gazetteer.js';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/gazetteer-places';

describe('gazetteer-places', () => {
  test('cities and countries in running text; a dateline in capitals', () => {
    expectMentions(SEED, [
      ['Baghdad', 326, 333, 'place', RULE],
      ['Iraq', 1731, 1735, 'place', RULE],
    ]);
    expectMentions('ncri-2013-09-01-ashraf-massacre-reports', [['PARIS', 136, 141, 'place', RULE]]);
  });

  test('the packages: countries with their usual short forms, regions without the Arabic article, big cities; demonyms apart', () => {
    for (const name of ['Iraq', 'United States', 'U.S.', 'UK', 'Diyala', 'Anbar', 'Baghdad', 'Mosul', 'Middle East']) expect(isPlaceName(name), name).toBe(true);
    // A city that is also a common word stays out; so do country codes that spell nothing.
    for (const name of ['Police', 'IQ', 'Iraqi']) expect(isPlaceName(name), name).toBe(false);
    expect(isDemonym('Iraqi')).toBe(true);
    expect(isDemonym('Iranian')).toBe(true);
    expect(isDemonym('Baghdad')).toBe(false);
  });
});
