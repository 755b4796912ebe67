// Organisations from the public lists, with a leading demonym that names a distinct group.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/known-groups';

describe('known-groups', () => {
  test('"Qods Force", "Iraqi Hezbollah", then "Hezbollah"', () => {
    expectMentions(SEED, [
      ['Qods Force', 89, 99, 'group', RULE],
      ['Iraqi Hezbollah', 581, 596, 'group', RULE],
      ['Hezbollah', 854, 863, 'group', RULE],
    ]);
  });

  test('NGOs, UN missions, armed groups', () => {
    expectMentions('hrw-2014-07-31-militias-trail-of-death', [['Human Rights Watch', 420, 438, 'group', RULE]]);
    expectMentions('amnesty-2009-07-29-camp-ashraf-raid', [['Amnesty International', 397, 418, 'group', RULE]]);
    expectMentions('ncri-2013-09-01-ashraf-massacre-reports', [['UNAMI', 1347, 1352, 'group', RULE]]);
    expectMentions('whitehouse-2003-08-21-un-headquarters-attack', [['Ansar al-Islam', 1164, 1178, 'group', RULE]]);
  });
});
