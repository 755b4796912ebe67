// --timeout-ms: a document over its time budget becomes an error record naming its line, its worker
// is replaced, and the records after it are still processed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { SEED, fixtureText } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';

test('a document over --timeout-ms becomes an error record and the batch goes on', () => {
  const dir = tempDir();
  const input = join(dir, 'in.jsonl');
  // ~80,000 words: several seconds of work, far over a two-second budget; the small ones take milliseconds.
  const huge = Array.from({ length: 150 }, () => fixtureText(SEED)).join('\n\n');
  writeFileSync(input, [{ id: 'before', text: fixtureText(SEED) }, { id: 'huge', text: huge }, { id: 'after', text: fixtureText(SEED) }].map((r) => `${JSON.stringify(r)}\n`).join(''));
  const out = join(dir, 'out');
  const r = runCli(['extract', input, '--out', out, '--workers', '1', '--timeout-ms', '2000', '--quiet']);
  expect(r.code).toBe(1);
  expect(readdirSync(out).sort()).toEqual(['after.json', 'before.json', 'errors.jsonl']);
  expect(JSON.parse(readFileSync(join(out, 'errors.jsonl'), 'utf8'))).toEqual({ file: input, line: 2, id: 'huge', reason: 'timed out after 2000 ms' });
});
