// Compiles src/ to dist/ once before the suite, so CLI tests run the real program. Type errors do
// not stop the emit; tests/typecheck.test.ts fails on them instead, so one broken file fails one test.
import { spawnSync } from 'node:child_process';

export default function setup(): void {
  spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json'], { stdio: 'ignore' });
}
