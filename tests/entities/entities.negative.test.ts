// What is not an entity: descriptions with a lower-case head, demonyms, protective gear, dates,
// offices, ordinary abbreviations. Each case is a real phrase from a fixture.
import { describe, expect, test } from 'vitest';
import { fixtureText } from '../helpers/fixtures.js';
import { mentionsOf } from './mentions.js';

/** [fixture, phrase]: no mention may overlap the phrase anywhere in the fixture. */
const NOTHING_IN: readonly (readonly [string, string])[] = [
  ['amnesty-2009-07-29-camp-ashraf-raid', 'the Iraqi government'],
  ['ncri-2013-07-27-liberty-attack-order', 'Iraqi committee'],
  ['ncri-2013-07-27-liberty-attack-order', 'Iraqi authorities'],
  ['ncri-2013-07-27-liberty-attack-order', 'Iranian regime'],
  ['ncri-2013-07-27-liberty-attack-order', 'protective T-walls'],
  ['ncri-2013-07-27-liberty-attack-order', 'protective vests and helmets'],
  ['ncri-2013-07-27-liberty-attack-order', 'sandbags'],
  ['ncri-2013-07-27-liberty-attack-order', 'Khamenei’s Office'.slice('Khamenei’s '.length)],
  ['amnesty-2009-07-29-camp-ashraf-raid', 'On Monday'],
  ['unnews-2013-09-01-ban-deplores-ashraf-attack', 'Iraqi capital'],
  ['ncri-2013-09-01-ashraf-massacre-reports', '08:30 ET'],
];

describe('entities: negatives', () => {
  test.each(NOTHING_IN)('%s: nothing in "%s"', (fixture, phrase) => {
    const text = fixtureText(fixture);
    const mentions = mentionsOf(text);
    let at = text.indexOf(phrase);
    expect(at, `"${phrase}" is in ${fixture}`).toBeGreaterThanOrEqual(0);
    for (; at >= 0; at = text.indexOf(phrase, at + 1)) {
      const hit = mentions.filter((m) => m.start < at + phrase.length && at < m.end);
      expect(hit.map((m) => `${m.type} ${m.text}`), `${fixture} at ${at}`).toEqual([]);
    }
  });

  test('"U.N. Secretary General" is an office: "U.N." is a group, no person', () => {
    const text = fixtureText('rajavi-2013-06-15-liberty-missile-attack');
    const at = text.indexOf('U.N. Secretary General');
    const hit = mentionsOf(text).filter((m) => m.start < at + 22 && at < m.end);
    expect(hit.map((m) => [m.start, m.end, m.type, text.slice(m.start, m.end)])).toEqual([[at, at + 4, 'group', 'U.N.']]);
  });

  test('mentions are flat and every mention slices to its text, in every fixture', () => {
    for (const fixture of ['ncri-2013-07-27-liberty-attack-order', 'afps-2008-10-20-baghdad-detentions-weapons', 'hrw-2014-07-31-militias-trail-of-death']) {
      const text = fixtureText(fixture);
      const mentions = [...mentionsOf(text)].sort((a, b) => a.start - b.start);
      mentions.forEach((m, i) => {
        expect(text.slice(m.start, m.end)).toBe(m.text);
        if (i > 0) expect(m.start, `${fixture}: ${m.text} overlaps`).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      });
    }
  });

  test('a title-case headline names only what is known: "Ban Deplores Attack on Iranian Exile Camp North Of Baghdad"', () => {
    const text = fixtureText('unnews-2013-09-01-ban-deplores-ashraf-attack');
    const line = { start: 214, end: 272 };
    expect(text.slice(line.start, line.end)).toBe('Ban Deplores Attack on Iranian Exile Camp North Of Baghdad');
    const inLine = mentionsOf(text).filter((m) => m.start < line.end && line.start < m.end);
    // "Ban" is a person because the body names "Secretary-General Ban Ki-moon"; "Baghdad" is in the gazetteer.
    expect(inLine.map((m) => [m.start, m.end, m.type, m.text])).toEqual([
      [214, 217, 'person', 'Ban'],
      [265, 272, 'place', 'Baghdad'],
    ]);
  });
});
