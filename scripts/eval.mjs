#!/usr/bin/env node
// `npm run eval`: runs the shared scorer on the three gold sets and prints their tables.
// Extra arguments (e.g. --errors) are passed to each run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const evalDir = resolve('..', 'shared', 'eval');
if (!existsSync(evalDir)) {
  console.error(`npm run eval: the evaluation kit is not at ${evalDir} (it lives in ../shared beside the project)`);
  process.exit(2);
}
const sets = ['data/statements', 'data/timebank.jsonl', 'data/polnear-dev.jsonl'];
let failed = false;
for (const set of sets) {
  console.log(`\n== ${set}`);
  const r = spawnSync(process.execPath, [resolve(evalDir, 'run.mjs'), resolve(evalDir, set), '--project', '.', ...process.argv.slice(2)], { stdio: 'inherit' });
  failed ||= r.status !== 0;
}
process.exit(failed ? 1 : 0);
