// Other occurrences and short forms of a recognised name.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/name-repeats';

describe('name-repeats', () => {
  test('seed: a surname found once by its title is a person everywhere; "Liberty" is the camp', () => {
    expectMentions(SEED, [
      ['Danaifar', 499, 507, 'person', RULE],
      ['Liberty', 2002, 2009, 'place', RULE],
    ]);
  });
});
