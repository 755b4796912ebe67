// --workers N writes the same bytes as one worker, in input order, errors included.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { FIXTURES } from '../helpers/fixtures.js';
import { runCli, tempDir } from '../helpers/cli.js';
import { writeRecords } from './helpers.js';

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('worker threads', () => {
  const dir = tempDir();
  // Bad lines sit between good ones, so the errors must interleave in input order too.
  const input = writeRecords(dir, 24, { maxChars: 1500, extraLines: ['{"id": "torn", "text": ', JSON.stringify({ id: 'r-3', text: 'A repeated id.' }), JSON.stringify({ id: 'last', text: 'The U.N. said on Monday that talks resume.' })] });

  test('--workers 3 writes byte-identical graphs and errors.jsonl to --workers 1', () => {
    const one = join(dir, 'one');
    const three = join(dir, 'three');
    expect(runCli(['extract', input, FIXTURES + '/statements', '--out', one, '--workers', '1', '--quiet']).code).toBe(1);
    expect(runCli(['extract', input, FIXTURES + '/statements', '--out', three, '--workers', '3', '--quiet']).code).toBe(1);
    const a = filesOf(one);
    expect(Object.keys(a)).toHaveLength(25 + 11 + 1);
    expect(filesOf(three)).toEqual(a);
    expect(a['errors.jsonl']!.split('\n').filter(Boolean).map((l) => JSON.parse(l).line)).toEqual([25, 26]);
  });

  test('--out - with 3 workers prints the graphs in input order', () => {
    const r = runCli(['extract', input, '--out', '-', '--workers', '3', '--quiet']);
    const ids = r.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l).document.id);
    expect(ids).toEqual([...Array.from({ length: 24 }, (_, i) => `r-${i}`), 'last']);
    expect(r.stdout).toBe(runCli(['extract', input, '--out', '-', '--workers', '1', '--quiet']).stdout);
  });

  test('a bad --workers value is a usage error', () => {
    const r = runCli(['extract', input, '--out', tempDir(), '--workers', '0']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--workers expects a positive whole number, found "0"/);
  });

  test('on a non-terminal, progress is a status line; --quiet leaves only the summary', () => {
    const quiet = runCli(['extract', input, '--out', tempDir(), '--quiet']);
    expect(quiet.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^claimgraph: 25 documents, 2 errors, [\d.]+ s$/)]);
  });
});
