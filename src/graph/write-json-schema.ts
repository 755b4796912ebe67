// `npm run schema`: writes schema/graph.schema.json from the zod schema (never edited by hand).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { pathToFileURL } from 'node:url';
import { z } from 'zod';
import { GraphSchema } from './schema.js';

export const SCHEMA_PATH = 'schema/graph.schema.json';

export const graphJsonSchema = (): string => `${JSON.stringify(z.toJSONSchema(GraphSchema, { target: 'draft-2020-12' }), null, 2)}\n`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  mkdirSync(dirname(SCHEMA_PATH), { recursive: true });
  writeFileSync(SCHEMA_PATH, graphJsonSchema());
  process.stderr.write(`wrote ${SCHEMA_PATH}\n`);
}
