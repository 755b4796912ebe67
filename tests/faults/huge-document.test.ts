// A 20 MB single document (real statements repeated) with the default settings: it completes or
// becomes an error record (time budget or heap cap), the record after it still becomes a graph,
// and the process tree never holds more than 1 GB resident, measured by polling /proc.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CLI, tempDir } from '../helpers/cli.js';
import { fixtureRecords } from '../helpers/fixtures.js';

const SIZE = 20 * 1024 * 1024;
const LIMIT_KB = 1024 * 1024;

const statusKb = (pid: number, field: 'VmRSS' | 'VmHWM'): number => {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0; // the process has just exited
  }
};
const childrenOf = (pid: number): number[] => {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').split(' ').filter(Boolean).map(Number);
  } catch {
    return [];
  }
};
/** Resident memory of a process and all its descendants; the root's high-water mark covers peaks between polls. */
function treeKb(pid: number): number {
  const sum = (p: number): number => statusKb(p, 'VmRSS') + childrenOf(p).reduce((s, c) => s + sum(c), 0);
  return Math.max(sum(pid), statusKb(pid, 'VmHWM'));
}

test.skipIf(process.platform !== 'linux')('a 20 MB document: completes or becomes an error record, under 1 GB RSS', async () => {
  const dir = tempDir();
  const input = join(dir, 'huge.jsonl');
  const body = fixtureRecords().map((r) => r.text).join('\n\n');
  const text = body.repeat(Math.ceil(SIZE / body.length)).slice(0, SIZE);
  const small = 'The United Nations said on Wednesday that the bombing in Baghdad was a crime.';
  writeFileSync(input, `${JSON.stringify({ id: 'huge', text })}\n${JSON.stringify({ id: 'small', text: small })}\n`);
  const out = join(dir, 'out');

  const child = spawn(process.execPath, [CLI, 'extract', input, '--out', out, '--quiet'], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  let peakKb = 0;
  const poll = setInterval(() => (peakKb = Math.max(peakKb, treeKb(child.pid!))), 100);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  clearInterval(poll);
  const measured = `exit ${code}, peak RSS ${(peakKb / 1024).toFixed(0)} MB; ${stderr}`;

  expect(peakKb, measured).toBeGreaterThan(0);
  expect(peakKb, measured).toBeLessThan(LIMIT_KB);
  expect(existsSync(join(out, 'small.json'))).toBe(true);
  const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
  if (existsSync(join(out, 'huge.json'))) {
    expect(code).toBe(0);
    expect(errors).toEqual([]);
  } else {
    expect(code).toBe(1);
    expect(errors).toEqual([{ file: input, line: 1, id: 'huge', reason: expect.stringMatching(/timed out after \d+ ms|memory/) }]);
  }
}, 300_000);
