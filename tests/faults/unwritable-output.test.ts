// The output directory becomes unwritable mid-run (here: it is moved away after the first graph,
// the one way that works for root too): the graph already written survives, and every later record
// ends in a clear message on stderr naming the output path and the system's reason, not a crash.
import { spawn } from 'node:child_process';
import { existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CLI, tempDir } from '../helpers/cli.js';
import { fixtureRecords } from '../helpers/fixtures.js';

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; !check(); waited += 50) {
    if (waited > 120_000) throw new Error(`gave up waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

test('an output directory that goes away mid-run: a clear message, not a crash', async () => {
  const dir = tempDir();
  const out = join(dir, 'out');
  const sentences = fixtureRecords().flatMap((r) => r.text.split(/\n\s*\n/).filter((p) => p.length > 100));
  const line = (n: number) => `${JSON.stringify({ id: `r${n}`, text: sentences[n % sentences.length] })}\n`;
  const batch = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => line(from + i)).join('');
  const child = spawn(process.execPath, [CLI, 'extract', '-', '--out', out, '--workers', '1'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  const exited = new Promise<number | null>((resolve) => child.on('close', resolve));

  // Enough records that the reader's read-ahead fills and the first graph is written while stdin is open.
  child.stdin.write(batch(0, 40));
  await until(() => existsSync(join(out, 'r0.json')), 'the first graph');
  renameSync(out, join(dir, 'moved'));
  child.stdin.end(batch(40, 45));
  const code = await exited;

  expect(existsSync(join(dir, 'moved', 'r0.json'))).toBe(true);
  expect(code).toBe(2);
  expect(stderr).toContain(out);
  expect(stderr).toMatch(/ENOENT/);
  expect(stderr).not.toMatch(/\n\s+at /);
}, 180_000);
