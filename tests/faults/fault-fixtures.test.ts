// Every fault scenario in fixtures/faults/ through the real command line at once: each record the
// reader accepts becomes a graph, each fault becomes exactly the error record the reader reported
// (file, line, id, reason), and the run exits 1 without a crash.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { readInputs, type InputItem } from '../../src/ingest/index.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { FIXTURES } from '../helpers/fixtures.js';

const FAULTS = join(FIXTURES, 'faults');

test('the fault fixtures: one graph per good record, one error record per fault, exit 1', async () => {
  const items: InputItem[] = [];
  for await (const item of readInputs([FAULTS])) items.push(item);
  const out = tempDir();

  const r = runCli(['extract', FAULTS, '--out', out, '--quiet']);

  expect(r.code).toBe(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
  const graphs = readdirSync(out).filter((f) => f.endsWith('.json')).sort();
  expect(graphs).toEqual(items.flatMap((i) => (i.kind === 'record' ? [`${i.id}.json`] : [])).sort());
  const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as unknown);
  expect(errors).toEqual(items.flatMap((i) => (i.kind === 'error' ? [(({ kind: _kind, ...e }) => e)(i)] : [])));
  expect(errors.length).toBeGreaterThanOrEqual(19);
}, 180_000);
