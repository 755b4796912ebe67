// People: titles outside the span, appositive titles, particles, compromise's person tags.
import { describe, test } from 'vitest';
import { SEED } from '../helpers/fixtures.js';
import { expectMentions } from './mentions.js';

const RULE = 'entities/person-names';

describe('person-names', () => {
  test('seed: a surname with an appositive title ("Danaifar, clerical regime’s ambassador", "Moslehi (Minister"), a particle name', () => {
    expectMentions(SEED, [
      ['Danaifar', 284, 292, 'person', RULE],
      ['Moslehi', 1665, 1672, 'person', RULE],
      ['Faleh al-Fayaz', 1781, 1795, 'person', RULE],
    ]);
  });

  test('titles and portfolios stay outside: "Secretary of State John Kerry", "Lt. Col. Wayne Marotto", "Iraqi Police Chief Ahmed Ibrahim", "Ambassador Paul Bremer", "Mr. Ján Kubiš"', () => {
    expectMentions('liberty-residents-2013-06-27-kerry-letter', [['John Kerry', 141, 151, 'person', RULE]]);
    expectMentions('afps-2008-10-20-baghdad-detentions-weapons', [['Wayne Marotto', 1488, 1501, 'person', RULE]]);
    expectMentions('whitehouse-2003-08-21-un-headquarters-attack', [
      ['Ahmed Ibrahim', 881, 894, 'person', RULE],
      ['Paul Bremer', 170, 181, 'person', RULE],
    ]);
    expectMentions('unami-2017-03-30-yousufiyah-bombing', [['Ján Kubiš', 231, 240, 'person', RULE]]);
  });

  test('Arabic particles: "al-Maliki" alone, "Hadi al-Ameri", "Qais al-Khazali", "Ali al-Dabbagh" after an opening quote', () => {
    expectMentions('hrw-2014-07-31-militias-trail-of-death', [
      ['al-Maliki', 1382, 1391, 'person', RULE],
      ['Hadi al-Ameri', 1891, 1904, 'person', RULE],
    ]);
    expectMentions('liberty-residents-2013-06-27-kerry-letter', [['Qais al-Khazali', 939, 954, 'person', RULE]]);
    expectMentions('amnesty-2009-07-29-camp-ashraf-raid', [['Ali al-Dabbagh', 1269, 1283, 'person', RULE]]);
  });

  test('the subject of a verb of saying or promising: "Faleh Fayyaz promised", "Khamenei intends" (then found everywhere)', () => {
    expectMentions('liberty-residents-2013-06-27-kerry-letter', [
      ['Faleh Fayyaz', 1146, 1158, 'person', RULE],
      ['Faleh Fayyaz', 993, 1005, 'person', 'entities/name-repeats'],
    ]);
    expectMentions('rajavi-2013-06-15-liberty-missile-attack', [['Khamenei', 222, 230, 'person', 'entities/name-repeats']]);
  });
});
