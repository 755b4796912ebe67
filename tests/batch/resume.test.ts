// Kill -9 mid-run, then --resume: every record ends up processed exactly once, as a graph or an
// error record, and the resumed run skips what the killed one finished.
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { GraphSchema } from '../../src/graph/schema.js';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { writeRecords } from './helpers.js';

const graphsIn = (dir: string) => readdirSync(dir).filter((f) => f.endsWith('.json'));

test('SIGKILL during a run, then --resume: every record exactly once', async () => {
  const dir = tempDir();
  const badLines = ['{"id": "torn", "text": ', JSON.stringify({ id: 'notext' })];
  const input = writeRecords(dir, 80, { maxChars: 2500, extraLines: badLines });
  const out = join(dir, 'out');
  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '--workers', '2', '--quiet'], { stdio: 'ignore' });
  await new Promise<void>((resolve, reject) => {
    const poll = setInterval(() => {
      let n = 0;
      try {
        n = graphsIn(out).length;
      } catch {
        // not created yet
      }
      if (n >= 10) {
        clearInterval(poll);
        child.kill('SIGKILL');
        resolve();
      }
    }, 20);
    child.on('exit', () => {
      clearInterval(poll);
      reject(new Error('the run finished before it could be killed'));
    });
  });
  const killedWith = graphsIn(out).length;
  expect(killedWith).toBeLessThan(80);

  const r = runCli(['extract', input, '--out', out, '--resume', '--quiet']);
  expect(r.code).toBe(1);
  const [, documents, errors, skipped] = /(\d+) documents, (\d+) errors, (\d+) skipped/.exec(r.stderr)!.map(Number);
  expect(skipped).toBeGreaterThanOrEqual(killedWith);
  expect(documents! + errors! + skipped!).toBe(82);

  const graphs = graphsIn(out).sort();
  expect(graphs).toEqual(Array.from({ length: 80 }, (_, i) => `r-${i}.json`).sort());
  for (const f of graphs) expect(GraphSchema.safeParse(JSON.parse(readFileSync(join(out, f), 'utf8'))).success).toBe(true);
  const errorLines = readFileSync(join(out, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  expect(errorLines.map((e) => e.line)).toEqual([81, 82]);
  expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
});

test('--resume with nothing left to do processes nothing', () => {
  const dir = tempDir();
  const input = writeRecords(dir, 3, { maxChars: 800 });
  const out = join(dir, 'out');
  expect(runCli(['extract', input, '--out', out, '--quiet']).code).toBe(0);
  const r = runCli(['extract', input, '--out', out, '--resume', '--quiet']);
  expect(r.stderr).toMatch(/0 documents, 0 errors, 3 skipped/);
});
