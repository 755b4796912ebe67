// Time expressions of a text, built with the stages the times stage reads (zones → segment →
// times), and a table check that asserts offsets, the text they slice, the value and the rule.
import { expect } from 'vitest';
import type { Doc, TimeExpression, TimeLayer } from '../../src/pipeline/document.js';
import { segmentStage } from '../../src/segment/index.js';
import { timesStage } from '../../src/times/index.js';
import { zonesStage } from '../../src/zones/index.js';
import { deepFreeze, inputRecord } from '../helpers/fixtures.js';

export function timeLayerOf(text: string, publishedAt?: string): TimeLayer {
  const record = inputRecord(text, publishedAt ? { publishedAt } : {});
  const base: Doc = deepFreeze({ id: 'test', text, meta: record.meta, language: 'eng' });
  const zoned = deepFreeze({ ...base, ...zonesStage.run(base) });
  const segmented = deepFreeze({ ...zoned, ...segmentStage.run(zoned) });
  return timesStage.run(segmented).times;
}

export const timesOf = (text: string, publishedAt?: string): readonly TimeExpression[] => timeLayerOf(text, publishedAt).expressions;

/** [slice, start, end, value, rule] */
export type TimeRow = readonly [string, number, number, string, string];

export function expectTimes(label: string, text: string, publishedAt: string | undefined, rows: readonly TimeRow[]): void {
  const times = timesOf(text, publishedAt);
  for (const [slice, start, end, value, rule] of rows) {
    expect(text.slice(start, end), `${label}: offsets of "${slice}"`).toBe(slice);
    const found = times.find((t) => t.start === start && t.end === end);
    expect(found && { text: found.text, value: found.value, rule: found.rule }, `${label}: "${slice}" at ${start}`).toEqual({ text: slice, value, rule });
  }
}
