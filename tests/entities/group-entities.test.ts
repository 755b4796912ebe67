// Identity inside a document: acronyms, short forms and spelling variants join one entity with a
// canonical name, aliases and a key unique in the document.
import { describe, expect, test } from 'vitest';
import { SEED, fixtureIds, fixtureText } from '../helpers/fixtures.js';
import { entitiesOf } from './mentions.js';

const entityNamed = (text: string, name: string) => entitiesOf(text).find((e) => e.name === name || e.aliases.includes(name));

describe('group-entities', () => {
  const seed = fixtureText(SEED);

  test('seed: "Government of Iraq" and "GoI" are one group', () => {
    const e = entityNamed(seed, 'GoI')!;
    expect({ type: e.type, name: e.name, key: e.key, aliases: e.aliases }).toEqual({ type: 'group', name: 'Government of Iraq', key: 'group:government of iraq', aliases: ['GoI'] });
    expect(e.mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [1359, 1377, 'Government of Iraq'],
      [1379, 1382, 'GoI'],
      [2131, 2134, 'GoI'],
    ]);
    for (const m of e.mentions) expect(seed.slice(m.start, m.end)).toBe(m.text);
  });

  test('seed: "Camp Liberty" and "Liberty" are one place', () => {
    const e = entityNamed(seed, 'Liberty')!;
    expect([e.type, e.name, e.key, e.aliases]).toEqual(['place', 'Camp Liberty', 'place:camp liberty', ['Liberty']]);
    expect(e.mentions.filter((m) => m.text === 'Liberty').length).toBeGreaterThanOrEqual(4);
  });

  test('seed: "National Council of Resistance", "… of Iran" and "NCRI" are one group', () => {
    const e = entityNamed(seed, 'NCRI')!;
    expect([e.type, e.name, e.key, e.aliases]).toEqual(['group', 'National Council of Resistance of Iran', 'group:national council of resistance of iran', ['NCRI', 'National Council of Resistance']]);
    expect(e.mentions.map((m) => [m.start, m.end, m.text])).toEqual([
      [229, 233, 'NCRI'],
      [1622, 1652, 'National Council of Resistance'],
      [3133, 3171, 'National Council of Resistance of Iran'],
    ]);
  });

  test('seed: "Hezbollah" after "Iraqi Hezbollah" is the same group; the two weapons are weapons', () => {
    expect(entityNamed(seed, 'Hezbollah')!.name).toBe('Iraqi Hezbollah');
    expect(entityNamed(seed, '107mm missiles')!.type).toBe('weapon');
    expect(entityNamed(seed, 'machineguns')!.type).toBe('weapon');
  });

  test('spelling variants join by sound and string distance ("Qods"/"Quds", "Fayaz"/"Fayyaz"), a surname joins the full name', () => {
    const text = 'The Qods Force met Faleh al-Fayaz in Baghdad. Later the Quds Force said Mr. Fayyaz and al-Fayaz had left.';
    const quds = entityNamed(text, 'Quds Force')!;
    expect([quds.name, quds.mentions.map((m) => text.slice(m.start, m.end))]).toEqual(['Qods Force', ['Qods Force', 'Quds Force']]);
    const fayaz = entityNamed(text, 'Fayyaz')!;
    expect([fayaz.type, fayaz.name, fayaz.aliases]).toEqual(['person', 'Faleh al-Fayaz', ['Fayyaz', 'al-Fayaz']]);
    // Different names that merely look alike stay apart.
    expect(entityNamed('Iran and Iraq signed.', 'Iran')!.aliases).toEqual([]);
  });

  test('keys are unique in every fixture', () => {
    for (const id of fixtureIds()) {
      const keys = entitiesOf(fixtureText(id)).map((e) => e.key);
      expect(new Set(keys).size, id).toBe(keys.length);
    }
  });
});
