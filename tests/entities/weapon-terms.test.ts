// Weapons with calibres, model designations and type modifiers; no determiners, counts or adjectives.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/weapon-terms';

describe('weapon-terms', () => {
  test('seed: "107mm missiles", "machineguns" without "advanced"', () => {
    expectMentions(SEED, [
      ['107mm missiles', 945, 959, 'weapon', RULE],
      ['machineguns', 973, 984, 'weapon', RULE],
    ]);
  });

  test('"125 mm rocket", "AK-47 assault rifles"; riot weapons "tear gas", "water cannons"', () => {
    expectMentions('afps-2008-10-20-baghdad-detentions-weapons', [
      ['125 mm rocket', 1735, 1748, 'weapon', RULE],
      ['AK-47 assault rifles', 1840, 1860, 'weapon', RULE],
    ]);
    expectMentions('amnesty-2009-07-29-camp-ashraf-raid', [
      ['tear gas', 649, 657, 'weapon', RULE],
      ['water cannons', 659, 672, 'weapon', RULE],
    ]);
  });
});
