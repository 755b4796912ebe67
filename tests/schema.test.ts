// The committed JSON Schema is the one generated from the zod schema (run `npm run schema`).
import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { SCHEMA_PATH, graphJsonSchema } from '../src/graph/write-json-schema.js';

test('schema/graph.schema.json equals the schema generated from src/graph/schema.ts', () => {
  expect(readFileSync(SCHEMA_PATH, 'utf8')).toBe(graphJsonSchema());
});
