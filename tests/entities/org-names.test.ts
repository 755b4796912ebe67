// Organisations named by a head word, extended over "of/for the", cut at a title.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/org-names';

describe('org-names', () => {
  test('seed: ministries, councils and embassies, with "of" continuations; the inner organisation of "Secretariat of the …"', () => {
    expectMentions(SEED, [
      ['National Council of Resistance', 1622, 1652, 'group', RULE],
      ['National Council of Resistance of Iran', 3133, 3171, 'group', RULE],
      ['U.S. Embassy', 2435, 2447, 'group', RULE],
      ['Asaib al-Haq', 564, 576, 'group', RULE],
    ]);
  });

  test('military units with ordinals; militias with Arabic head words', () => {
    expectMentions('afps-2008-10-20-baghdad-detentions-weapons', [
      ['1st Armored Division', 949, 969, 'group', RULE],
      ['2nd Brigade Combat Team', 972, 995, 'group', RULE],
    ]);
    expectMentions('hrw-2014-07-31-militias-trail-of-death', [
      ['Asa’ib Ahl al-Haqq', 793, 811, 'group', RULE],
      ['Badr Brigades', 1841, 1854, 'group', RULE],
    ]);
  });

  test('"Office of the Spokesperson", "UNAMI Public Information Office", a title ends the organisation, a lower-case media head', () => {
    expectMentions('state-2013-02-09-camp-hurriya-attack', [['Office of the Spokesperson', 220, 246, 'group', RULE]]);
    expectMentions('unami-2017-03-30-yousufiyah-bombing', [['UNAMI Public Information Office', 1016, 1047, 'group', RULE]]);
    expectMentions('whitehouse-2003-08-21-un-headquarters-attack', [['Iraqi Police', 862, 874, 'group', RULE]]);
    expectMentions('liberty-residents-2013-06-27-kerry-letter', [['Fars news agency', 1691, 1707, 'group', RULE]]);
  });

  test('a collective possessive stays inside the name: "People\'s Mojahedeen of Iran"', () => {
    expectMentions('unnews-2013-09-01-ban-deplores-ashraf-attack', [["People's Mojahedeen of Iran", 1021, 1048, 'group', RULE]]);
  });
});
