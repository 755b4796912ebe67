// output/ holds what the README's run command writes for the bundled fixtures; it must be current.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { FIXTURES } from './helpers/fixtures.js';
import { runCli, tempDir } from './helpers/cli.js';

const OUTPUT = join(FIXTURES, '..', 'output');

test('output/ equals a fresh run over the fixtures (regenerate with `npm start`)', () => {
  const fresh = tempDir();
  // The same relative input path as the README's run command, so document.origin matches.
  runCli(['extract', 'fixtures/statements.jsonl', 'fixtures/html', '--out', fresh]);
  const files = readdirSync(fresh).sort();
  expect(readdirSync(OUTPUT).filter((f) => f.endsWith('.json') || f === 'errors.jsonl').sort()).toEqual(files);
  for (const f of files) expect(readFileSync(join(OUTPUT, f), 'utf8'), f).toBe(readFileSync(join(fresh, f), 'utf8'));
});
