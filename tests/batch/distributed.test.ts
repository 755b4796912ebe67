// Distributed mode on a real Redis (the Debian redis-server that scripts/setup.sh installs), started
// on a free loopback port for this file: 1,000 records enqueued, two workers writing one SQLite
// database, one of them killed with SIGKILL mid-run; the survivor takes over the killed worker's job
// when its lock expires, and every record ends up in SQLite exactly once.
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { CLI, runCli, tempDir } from '../helpers/cli.js';
import { writeRecords } from './helpers.js';

const RECORDS = 1000;
let redis: ChildProcess;
let url: string;

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

beforeAll(async () => {
  const port = await freePort();
  url = `redis://127.0.0.1:${port}`;
  redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise<void>((resolve, reject) => {
    redis.on('error', reject);
    redis.stdout!.on('data', (chunk: Buffer) => chunk.toString().includes('Ready to accept connections') && resolve());
  });
});

afterAll(() => {
  redis?.kill('SIGTERM');
});

const storedCount = (db: string): number => {
  if (!existsSync(db)) return 0;
  const conn = new Database(db, { readonly: true, timeout: 30_000 });
  try {
    return (conn.prepare('SELECT COUNT(*) AS n FROM documents').get() as { n: number }).n;
  } catch {
    return 0; // the schema is not created yet
  } finally {
    conn.close();
  }
};

test('2 workers, 1,000 records, one killed mid-run: every graph in SQLite exactly once', async () => {
  const dir = tempDir();
  // Short records (the first paragraphs of the fixtures) keep the run lean.
  const input = writeRecords(dir, RECORDS, { maxChars: 400 });
  const enqueued = runCli(['enqueue', input, '--redis', url]);
  expect(enqueued.stderr).toMatch(/1000 records queued, 0 errors/);
  expect(enqueued.code).toBe(0);
  // Enqueueing again adds nothing: a record's id is its job id.
  runCli(['enqueue', input, '--redis', url]);
  expect(JSON.parse(runCli(['status', '--redis', url, '--json']).stdout)).toMatchObject({ waiting: RECORDS, active: 0, failed: 0 });

  const db = join(dir, 'graphs.db');
  const worker = () => spawn(process.execPath, [CLI, 'worker', '--redis', url, '--sqlite', db, '--lock-ms', '2000', '--exit-when-drained'], { stdio: 'ignore' });
  const victim = worker();
  const survivor = worker();
  const survivorExit = new Promise<number | null>((resolve) => survivor.on('exit', resolve));
  await new Promise<void>((resolve) => {
    const poll = setInterval(() => {
      if (storedCount(db) >= 100) {
        clearInterval(poll);
        victim.kill('SIGKILL');
        resolve();
      }
    }, 100);
  });
  const atKill = storedCount(db);
  expect(atKill).toBeLessThan(RECORDS);
  expect(await survivorExit).toBe(0);

  const conn = new Database(db, { readonly: true });
  const ids = (conn.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[]);
  expect(ids).toEqual(Array.from({ length: RECORDS }, (_, i) => `r-${i}`).sort());
  expect(conn.prepare('SELECT COUNT(*) FROM errors').pluck().get()).toBe(0);
  conn.close();
  const status = JSON.parse(runCli(['status', '--redis', url, '--json']).stdout);
  expect(status).toMatchObject({ waiting: 0, active: 0, delayed: 0, failed: 0 });
  expect(status.completed).toBeGreaterThanOrEqual(RECORDS);
}, 300_000);

test('a record that keeps failing is retried with backoff, then kept as a failed job with its reason', async () => {
  const { openQueue, jobIdOf, JOB_OPTIONS } = await import('../../src/batch/distributed/queue.js');
  const queue = openQueue(url);
  // Not something enqueue would ever add: a record whose text is not a string makes the pipeline throw.
  const broken = { kind: 'record', id: 'broken', text: 42, meta: { origin: { file: 'hand-made.jsonl', line: 7 }, extra: {} } };
  await queue.add('record', { record: broken as never }, { ...JOB_OPTIONS, jobId: jobIdOf('broken') });
  await queue.close();
  const db = join(tempDir(), 'graphs.db');
  const worker = spawn(process.execPath, [CLI, 'worker', '--redis', url, '--sqlite', db, '--exit-when-drained'], { stdio: 'ignore' });
  expect(await new Promise((resolve) => worker.on('exit', resolve))).toBe(1);
  const status = JSON.parse(runCli(['status', '--redis', url, '--json']).stdout);
  expect(status.failed).toBe(1);
  expect(status.failures).toEqual([{ id: 'broken', attempts: 3, reason: expect.stringMatching(/^processing failed: /) }]);
  const conn = new Database(db, { readonly: true });
  expect(conn.prepare('SELECT file, line, record_id, reason FROM errors').all()).toEqual([{ file: 'hand-made.jsonl', line: 7, record_id: 'broken', reason: status.failures[0].reason }]);
  conn.close();
  expect(runCli(['status', '--redis', url]).stdout).toMatch(/failed broken after 3 attempts: processing failed: /);
}, 120_000);
