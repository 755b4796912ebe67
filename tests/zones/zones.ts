// Zones of a real text and a table check on kind, rule, offsets and the text they slice.
import { expect } from 'vitest';
import type { Doc, Zone, ZoneKind } from '../../src/pipeline/document.js';
import { zonesStage } from '../../src/zones/index.js';
import { deepFreeze, fixtureText } from '../helpers/fixtures.js';

export const zonesOf = (text: string): readonly Zone[] =>
  zonesStage.run(deepFreeze({ id: 'test', text, meta: { origin: { file: 'test' }, extra: {} }, language: 'eng' } satisfies Doc)).zones;

/** [kind, start, end, slice] */
export type ZoneRow = readonly [ZoneKind, number, number, string];

export function expectZones(fixture: string, rows: readonly ZoneRow[]): void {
  const text = fixtureText(fixture);
  const zones = zonesOf(text);
  for (const [kind, start, end, slice] of rows) {
    expect(text.slice(start, end), `${fixture}: offsets of ${kind}`).toBe(slice);
    expect(zones.find((z) => z.kind === kind && z.start === start && z.end === end), `${fixture}: ${kind} at ${start}`).toBeDefined();
  }
}
