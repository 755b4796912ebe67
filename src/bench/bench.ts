// `npm run bench [-- --json] [-- --records N]`: speed and memory of the batch path on PolNeAR train
// (../shared/eval/data/polnear-train.jsonl). The speed and memory passes run in child processes of
// their own, so that peak RSS is the pipeline's alone. The memory pass runs under the heap cap of
// every extract worker thread (WORKER_HEAP_MB): V8 sizes its heap growth by the cap, so an uncapped
// process, which the CLI never runs the pipeline in, lets garbage pile up far higher before
// collecting it (about 330 MB instead of about 200 MB here).
//   words/s and docs/s of the whole pipeline, one worker; words/s of a bare compromise nlp(text) pass;
//   their ratio; the pipeline pass's peak RSS; the speed-up of 2 worker threads over 1 (warm threads,
//   and fresh threads on the first 200 documents); time per document at 1×, 4× and 16× the median
//   length. With --records N, also extracts N records (the fixtures repeated with new ids) with the
//   CLI and reports the peak RSS of the whole process.
import { spawn, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { WORKER_HEAP_MB, WorkerPool } from '../batch/pool.js';
import type { InputRecord } from '../ingest/record.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, '..', 'shared', 'eval', 'data', 'polnear-train.jsonl');
const SELF = fileURLToPath(import.meta.url);

const texts = (): string[] =>
  readFileSync(DATA, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { text: string }).text);
const wordsOf = (text: string): number => text.split(/\s+/).filter(Boolean).length;
const record = (text: string, i: number): InputRecord => ({ kind: 'record', id: `bench-${i}`, text, meta: { origin: { file: DATA, line: i + 1 }, extra: {} } });
const peakRssMB = (): number => process.resourceUsage().maxRSS / 1024;

interface SpeedResult {
  readonly pipelineSeconds: number;
  readonly compromiseSeconds: number;
}

/**
 * Child side, speed: the pipeline and a bare compromise nlp(text) alternate document by document, so
 * both see the same load. The bare pass uses compromise's CommonJS build, a separate instance that
 * our tagger speed-ups (which patch the ESM instance the pipeline uses) never touch.
 */
async function speedPass(): Promise<SpeedResult> {
  const all = texts();
  const nlp = createRequire(import.meta.url)('compromise') as (text: string) => unknown;
  const { runRecord, serialiseGraph } = await import('../pipeline/run.js');
  const pipeline = (text: string, i: number) => serialiseGraph(runRecord(record(text, i)));
  all.slice(0, 10).forEach((text, i) => (pipeline(text, i), nlp(text)));
  let pipelineSeconds = 0;
  let compromiseSeconds = 0;
  all.forEach((text, i) => {
    let started = performance.now();
    pipeline(text, i);
    pipelineSeconds += (performance.now() - started) / 1000;
    started = performance.now();
    nlp(text);
    compromiseSeconds += (performance.now() - started) / 1000;
  });
  return { pipelineSeconds, compromiseSeconds };
}

/** Child side, memory: the pipeline alone over every text, for its peak RSS. */
async function memoryPass(): Promise<{ peakRssMB: number }> {
  const { runRecord, serialiseGraph } = await import('../pipeline/run.js');
  texts().forEach((text, i) => serialiseGraph(runRecord(record(text, i))));
  return { peakRssMB: peakRssMB() };
}

function inChild<T>(kind: 'speed' | 'memory'): T {
  const heapCap = kind === 'memory' ? [`--max-old-space-size=${WORKER_HEAP_MB}`] : [];
  const r = spawnSync(process.execPath, [...heapCap, SELF, '--child', kind], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`bench: the ${kind} pass failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as T;
}

/** Seconds for a fresh pool of `workers` threads to process the records, threads started beforehand. */
async function coldPoolSeconds(workers: number, records: readonly InputRecord[]): Promise<number> {
  const pool = new WorkerPool({ workers, timeoutMs: 600_000 });
  await Promise.all(records.slice(0, workers * 2).map((r) => pool.run(r)));
  const seconds = await timed(pool, records);
  await pool.close();
  return seconds;
}

async function timed(pool: WorkerPool, records: readonly InputRecord[]): Promise<number> {
  const started = performance.now();
  await Promise.all(records.map((r) => pool.run(r)));
  return (performance.now() - started) / 1000;
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

/**
 * Speed-up of 2 threads over 1 at steady state. A fresh thread spends its first few hundred documents
 * with V8's optimising compiler busy on background threads (a third of a core more on this 2-core
 * machine), which one thread gets for free and two threads fight over; a batch of hundreds of
 * thousands of documents runs almost entirely on warm threads. So each pool first runs the warm-up
 * records once per thread, then the two pools take turns over the timed records; medians of `rounds`.
 */
async function warmSpeedup(warmUp: readonly InputRecord[], records: readonly InputRecord[], rounds: number): Promise<{ one: number; two: number }> {
  const pools = [new WorkerPool({ workers: 1, timeoutMs: 600_000 }), new WorkerPool({ workers: 2, timeoutMs: 600_000 })] as const;
  for (const [i, pool] of pools.entries()) await Promise.all(Array.from({ length: i + 1 }, () => warmUp).flat().map((r) => pool.run(r)));
  const seconds: [number[], number[]] = [[], []];
  for (let round = 0; round < rounds; round++) for (const [i, pool] of pools.entries()) seconds[i]!.push(await timed(pool, records));
  await Promise.all(pools.map((p) => p.close()));
  return { one: median(seconds[0]), two: median(seconds[1]) };
}

/** Documents of about k× the median length, built from consecutive distinct texts. */
function lengthDocs(all: readonly string[], factors: readonly number[]): Map<number, string> {
  const median = all.map(wordsOf).sort((a, b) => a - b)[Math.floor(all.length / 2)]!;
  const out = new Map<number, string>();
  for (const k of factors) {
    const parts: string[] = [];
    let words = 0;
    for (let i = 0; words < k * median; i++) {
      const text = all[i % all.length]!;
      parts.push(text);
      words += wordsOf(text);
    }
    out.set(k, parts.join('\n\n'));
  }
  return out;
}

async function msPerDoc(docs: Map<number, string>): Promise<Map<number, number>> {
  const { runRecord } = await import('../pipeline/run.js');
  const out = new Map<number, number>();
  runRecord(record(docs.get(1)!, 0));
  for (const [k, text] of docs) {
    const times: number[] = [];
    for (let rep = 0; rep < (k >= 16 ? 2 : 5); rep++) {
      const started = performance.now();
      runRecord(record(text, rep));
      times.push(performance.now() - started);
    }
    out.set(k, Math.min(...times));
  }
  return out;
}

/** Peak RSS of `claimgraph extract` over N records, polled from /proc while it runs. */
async function bigRun(records: number): Promise<{ records: number; seconds: number; peakRssMB: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bench-'));
  const fixtures = readFileSync(join(ROOT, 'fixtures', 'statements.jsonl'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
  const input = join(dir, 'big.jsonl');
  writeFileSync(input, Array.from({ length: records }, (_, i) => `${JSON.stringify({ ...fixtures[i % fixtures.length], id: `big-${i}` })}\n`).join(''));
  const started = performance.now();
  const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli', 'main.js'), 'extract', input, '--out', join(dir, 'out'), '--quiet'], { stdio: 'ignore' });
  let peak = 0;
  const poll = setInterval(() => {
    try {
      const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'));
      if (hwm) peak = Math.max(peak, Number(hwm[1]) / 1024);
    } catch {
      // the process has just exited
    }
  }, 200);
  await new Promise((resolve) => child.on('exit', resolve));
  clearInterval(poll);
  rmSync(dir, { recursive: true, force: true });
  return { records, seconds: (performance.now() - started) / 1000, peakRssMB: Math.round(peak) };
}

async function main(argv: readonly string[]): Promise<void> {
  const child = argv.indexOf('--child');
  if (child >= 0) {
    process.stdout.write(JSON.stringify(argv[child + 1] === 'speed' ? await speedPass() : await memoryPass()));
    return;
  }
  const json = argv.includes('--json');
  const log = (s: string) => json || process.stderr.write(`${s}\n`);
  const all = texts();
  const words = all.reduce((n, t) => n + wordsOf(t), 0);
  log(`bench: ${all.length} documents, ${words} words (${DATA})`);

  const speed = inChild<SpeedResult>('speed');
  const { peakRssMB: peak } = inChild<{ peakRssMB: number }>('memory');
  const wordsPerSec = words / speed.pipelineSeconds;
  const compromiseWordsPerSec = words / speed.compromiseSeconds;
  log(`one worker: ${Math.round(wordsPerSec)} words/s, ${(all.length / speed.pipelineSeconds).toFixed(1)} docs/s, peak RSS ${Math.round(peak)} MB`);
  log(`bare compromise nlp(text): ${Math.round(compromiseWordsPerSec)} words/s; ratio ${(wordsPerSec / compromiseWordsPerSec).toFixed(2)}`);

  const records = all.map(record);
  const coldOne = await coldPoolSeconds(1, records.slice(0, 200));
  const coldTwo = await coldPoolSeconds(2, records.slice(0, 200));
  log(`fresh worker threads, first 200 documents: 1 → ${coldOne.toFixed(1)} s, 2 → ${coldTwo.toFixed(1)} s; speed-up ${(coldOne / coldTwo).toFixed(2)}×`);
  const half = Math.floor(records.length / 2);
  const { one, two } = await warmSpeedup(records.slice(0, half), records.slice(half), 3);
  log(`warm worker threads, other ${records.length - half} documents (median of 3): 1 → ${one.toFixed(1)} s, 2 → ${two.toFixed(1)} s; speed-up ${(one / two).toFixed(2)}×`);

  const perDoc = await msPerDoc(lengthDocs(all, [1, 4, 16]));
  log(`time per document: ${[...perDoc].map(([k, ms]) => `${k}× ${ms.toFixed(0)} ms`).join(', ')}; 16×/1× = ${(perDoc.get(16)! / perDoc.get(1)!).toFixed(1)}`);

  const recordsAt = argv.indexOf('--records');
  const big = recordsAt >= 0 ? await bigRun(Number(argv[recordsAt + 1])) : undefined;
  if (big) log(`extract of ${big.records} records: ${big.seconds.toFixed(0)} s, peak RSS ${big.peakRssMB} MB (the whole process, worker threads included)`);

  if (json) {
    const round = (n: number, d = 2) => Math.round(n * 10 ** d) / 10 ** d;
    process.stdout.write(
      `${JSON.stringify({
        wordsPerSec: Math.round(wordsPerSec),
        compromiseWordsPerSec: Math.round(compromiseWordsPerSec),
        ratio: round(wordsPerSec / compromiseWordsPerSec),
        peakRssMB: Math.round(peak),
        speedup2: round(one / two),
        speedup2Cold: round(coldOne / coldTwo),
        lengthRatio16: round(perDoc.get(16)! / perDoc.get(1)!),
        docsPerSec: round(all.length / speed.pipelineSeconds, 1),
        msPerDoc: Object.fromEntries([...perDoc].map(([k, ms]) => [`${k}x`, Math.round(ms)])),
        ...(big ? { bigRun: big } : {}),
      })}\n`,
    );
  }
}

await main(process.argv.slice(2));
