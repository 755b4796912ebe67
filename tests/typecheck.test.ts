// The whole project type-checks under the strict tsconfig.
import { spawnSync } from 'node:child_process';
import { expect, test } from 'vitest';

test('tsc --noEmit reports no type errors', () => {
  const r = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'], { encoding: 'utf8' });
  expect(r.stdout).toBe('');
  expect(r.status).toBe(0);
});
