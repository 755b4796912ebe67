// Entity mentions of a real text, built with the stages up to entities only (zones → segment →
// entities), and a table check that asserts type, rule, offsets and the text they slice.
import { expect } from 'vitest';
import { entitiesStage } from '../../src/entities/index.js';
import type { Doc, Entity, EntityType } from '../../src/pipeline/document.js';
import { segmentStage } from '../../src/segment/index.js';
import { zonesStage } from '../../src/zones/index.js';
import { deepFreeze, fixtureText } from '../helpers/fixtures.js';

export function entitiesOf(text: string): readonly Entity[] {
  const base: Doc = deepFreeze({ id: 'test', text, meta: { origin: { file: 'test' }, extra: {} }, language: 'eng' });
  const zoned = deepFreeze({ ...base, ...zonesStage.run(base) });
  const segmented = deepFreeze({ ...zoned, ...segmentStage.run(zoned) });
  return entitiesStage.run(segmented).entities;
}

export const mentionsOf = (text: string) => entitiesOf(text).flatMap((e) => e.mentions.map((m) => ({ ...m, type: e.type, key: e.key })));

/** [text, start, end, type, rule] */
export type MentionRow = readonly [string, number, number, EntityType, string];

export function expectMentions(fixture: string, rows: readonly MentionRow[]): void {
  const text = fixtureText(fixture);
  const mentions = mentionsOf(text);
  for (const [slice, start, end, type, rule] of rows) {
    expect(text.slice(start, end), `${fixture}: offsets of "${slice}"`).toBe(slice);
    const found = mentions.find((m) => m.start === start && m.end === end);
    expect(found && { text: found.text, type: found.type, rule: found.rule }, `${fixture}: mention "${slice}" at ${start}`).toEqual({ text: slice, type, rule });
  }
}
