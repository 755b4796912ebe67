// Acronyms of organisations, with a unit's ordinal.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/acronyms';

describe('acronyms', () => {
  test('"PMOI", "NCRI", "GoI" (mixed case) after its definition', () => {
    expectMentions(SEED, [
      ['NCRI', 229, 233, 'group', RULE],
      ['PMOI', 1948, 1952, 'group', RULE],
      ['GoI', 2131, 2134, 'group', RULE],
    ]);
  });

  test('"2nd BCT"', () => {
    expectMentions('afps-2008-10-20-baghdad-detentions-weapons', [['2nd BCT', 1505, 1512, 'group', RULE]]);
  });
});
