// Measures the audit report build for all fixtures against its bar (under 5 s, wall clock, the
// whole `claimgraph audit` process). Run with `npm run bench:audit` (which builds dist/ first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..');
const BAR_SECONDS = 5;
const RUNS = 3;

const work = mkdtempSync(join(tmpdir(), 'claimgraph-audit-bench-'));
const cli = (...args) => {
  const started = performance.now();
  const r = spawnSync(process.execPath, ['dist/cli/main.js', ...args], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`claimgraph ${args[0]} exited with ${r.status}: ${r.stderr}`);
  return (performance.now() - started) / 1000;
};
try {
  // The graphs are the main job's (npm start), built untimed; only the report build is measured.
  cli('extract', 'fixtures/statements.jsonl', 'fixtures/html', '--out', join(work, 'graphs'));
  const seconds = Array.from({ length: RUNS }, (_, i) => cli('audit', join(work, 'graphs'), '--html', join(work, `report-${i}`))).sort((a, b) => a - b);
  const median = seconds[Math.floor(RUNS / 2)];
  const verdict = median < BAR_SECONDS ? 'holds' : 'FAILS';
  process.stdout.write(`audit report, all fixtures: median ${median.toFixed(2)} s of ${RUNS} runs (max ${seconds.at(-1).toFixed(2)} s); bar < ${BAR_SECONDS} s ${verdict}\n`);
  process.exitCode = median < BAR_SECONDS ? 0 : 1;
} finally {
  rmSync(work, { recursive: true, force: true });
}
