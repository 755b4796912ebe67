// Identity across documents: keys and aliases merged over a batch.
import { describe, expect, test } from 'vitest';
import { mergeBatch, type GraphEntity } from '../../src/entities/batch.js';
import { SEED, fixtureText } from '../helpers/fixtures.js';
import { entitiesOf } from './mentions.js';

const asGraph = (id: string): [string, GraphEntity[]] => [
  id,
  entitiesOf(fixtureText(id)).map((e) => ({ key: e.key, type: e.type, name: e.name, aliases: e.aliases, mentions: e.mentions.length })),
];

describe('mergeBatch', () => {
  test('an alias learned in one document names the entity in another: "NCRI" alone is the National Council of Resistance of Iran', () => {
    const merged = mergeBatch(
      new Map([
        asGraph(SEED),
        ['only-acronym', [{ key: 'group:ncri', type: 'group', name: 'NCRI', aliases: [], mentions: 2 }]],
      ]),
    );
    const ncri = merged.find((e) => e.keys.includes('group:ncri'))!;
    expect(ncri.key).toBe('group:national council of resistance of iran');
    expect(ncri.name).toBe('National Council of Resistance of Iran');
    expect(ncri.documents).toBe(2);
    expect(ncri.keys).toEqual(['group:national council of resistance of iran', 'group:ncri']);
    expect(ncri.aliases).toContain('NCRI');
  });

  test('same key in several fixtures counts documents; different types never merge; output keys are unique', () => {
    const merged = mergeBatch(new Map([asGraph(SEED), asGraph('rajavi-2013-06-15-liberty-missile-attack'), asGraph('liberty-residents-2013-06-27-kerry-letter')]));
    const liberty = merged.find((e) => e.key === 'place:camp liberty')!;
    expect(liberty.documents).toBe(3);
    expect(liberty.aliases).toContain('Liberty');
    expect(merged.every((e) => e.keys.every((k) => k.startsWith(`${e.type}:`)))).toBe(true);
    expect(new Set(merged.map((e) => e.key)).size).toBe(merged.length);
  });
});
