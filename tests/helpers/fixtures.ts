// Fixture loading and stage helpers: real statements from fixtures/, documents built up to a stage.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { claimsStage } from '../../src/claims/index.js';
import { entitiesStage } from '../../src/entities/index.js';
import type { InputRecord } from '../../src/ingest/record.js';
import type { Doc, Span } from '../../src/pipeline/document.js';
import { segmentStage } from '../../src/segment/index.js';
import { timesStage } from '../../src/times/index.js';
import { zonesStage } from '../../src/zones/index.js';

export const FIXTURES = join(import.meta.dirname, '..', '..', 'fixtures');

export interface FixtureRecord {
  readonly id: string;
  readonly text: string;
  readonly publishedAt?: string;
}

export const fixtureRecords = (): FixtureRecord[] =>
  readFileSync(join(FIXTURES, 'statements.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as FixtureRecord);

export const fixtureText = (id: string): string => readFileSync(join(FIXTURES, 'statements', `${id}.txt`), 'utf8');
export const fixtureIds = (): string[] => readdirSync(join(FIXTURES, 'statements')).filter((f) => f.endsWith('.txt')).map((f) => f.slice(0, -4)).sort();

export const SEED = 'ncri-2013-07-27-liberty-attack-order';

export function inputRecord(text: string, meta: { id?: string; publishedAt?: string } = {}): InputRecord {
  return {
    kind: 'record',
    id: meta.id ?? 'test',
    text,
    meta: { ...(meta.publishedAt ? { publishedAt: meta.publishedAt } : {}), origin: { file: 'test' }, extra: {} },
  };
}

/** The document after each stage, every layer deep-frozen so that a stage mutating another's layer throws. */
export function layersOf(text: string, meta: { publishedAt?: string } = {}) {
  const record = inputRecord(text, meta);
  const base: Doc = deepFreeze({ id: record.id, text, meta: record.meta, language: 'und' });
  const zoned = deepFreeze({ ...base, ...zonesStage.run(base) });
  const segmented = deepFreeze({ ...zoned, ...segmentStage.run(zoned) });
  const withEntities = deepFreeze({ ...segmented, ...entitiesStage.run(segmented) });
  const withTimes = deepFreeze({ ...withEntities, ...timesStage.run(withEntities) });
  const full = deepFreeze({ ...withTimes, ...claimsStage.run(withTimes) });
  return { zoned, segmented, withEntities, withTimes, full };
}

export function deepFreeze<T>(value: T, seen = new WeakSet<object>()): T {
  if (value && typeof value === 'object' && !seen.has(value)) {
    seen.add(value);
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v, seen);
  }
  return value;
}

/** `[start, end)` of the first occurrence of `needle` (after `from`), failing loudly when absent. */
export function spanOf(text: string, needle: string, from = 0): Span {
  const start = text.indexOf(needle, from);
  if (start < 0) throw new Error(`"${needle}" is not in the text`);
  return { start, end: start + needle.length };
}
