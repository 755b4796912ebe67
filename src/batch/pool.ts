// Worker threads with a bounded read-ahead and ordered output. The reader is pulled only while
// fewer than `workers × READ_AHEAD` records are in flight (backpressure), each worker holds one
// record at a time, and outcomes are yielded in input order, so `--workers N` writes the same bytes
// as one worker. A record that outlives its time budget costs its worker: the thread is terminated
// (the only way to stop synchronous code) and replaced, and the record becomes an error record.
import { Worker } from 'node:worker_threads';
import type { ErrorRecord } from '../graph/schema.js';
import type { InputItem, InputRecord } from '../ingest/record.js';
import type { DocMeta } from '../pipeline/document.js';
import type { WorkerReply } from './worker.js';

export interface PoolOptions {
  /** Worker threads (default: the number of cores). */
  readonly workers: number;
  /** Time budget per document in milliseconds; a document over it becomes an error record. */
  readonly timeoutMs: number;
}

export type Outcome =
  | { readonly kind: 'graph'; readonly id: string; readonly json: string; readonly origin: DocMeta['origin'] }
  | { readonly kind: 'error'; readonly error: ErrorRecord };

/** Old-generation heap per worker thread, in MB (the bench runs its single-thread passes under it too). */
export const WORKER_HEAP_MB = 512;

/** Records in flight per worker: enough to keep every worker busy while the head is written. */
const READ_AHEAD = 4;

// Node 20 cannot run .ts in a worker: tests that import this file from src/ use the compiled worker.
const WORKER_URL = import.meta.url.endsWith('.ts') ? new URL('../../dist/batch/worker.js', import.meta.url) : new URL('./worker.js', import.meta.url);

export const recordError = (record: InputRecord, reason: string): ErrorRecord => {
  const { file, line } = record.meta.origin;
  return { file, ...(line !== undefined ? { line } : {}), id: record.id, reason };
};

interface Task {
  readonly record: InputRecord;
  readonly resolve: (outcome: Outcome) => void;
}

class Slot {
  worker!: Worker;
  ready = false;
  task: Task | undefined;
  timer: NodeJS.Timeout | undefined;

  constructor(private readonly pool: WorkerPool) {
    this.start();
  }

  start(): void {
    this.ready = false;
    // A heap cap per thread: a huge document fails as one error record (out of memory) instead of
    // taking the machine's memory; 512 MB keeps a 20 MB document's run under 1 GB RSS.
    const worker = new Worker(WORKER_URL, { resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB } });
    this.worker = worker;
    worker.on('message', (reply: WorkerReply | 'ready') => {
      if (reply === 'ready') {
        this.ready = true;
      } else {
        const task = this.finish();
        if (task) task.resolve(reply.ok ? { kind: 'graph', id: task.record.id, json: reply.json, origin: task.record.meta.origin } : { kind: 'error', error: recordError(task.record, reply.reason) });
      }
      this.pool.dispatch();
    });
    worker.on('error', (e) => this.fail(`worker crashed: ${e.message}`));
  }

  run(task: Task): void {
    this.task = task;
    this.timer = setTimeout(() => this.fail(`timed out after ${this.pool.options.timeoutMs} ms`), this.pool.options.timeoutMs);
    this.worker.postMessage(task.record);
  }

  private finish(): Task | undefined {
    clearTimeout(this.timer);
    const task = this.task;
    this.task = undefined;
    return task;
  }

  /** The current record fails; the thread is replaced because it may still be busy with it. */
  private fail(reason: string): void {
    const task = this.finish();
    this.worker.removeAllListeners();
    void this.worker.terminate();
    if (task) task.resolve({ kind: 'error', error: recordError(task.record, reason) });
    // A thread that dies before it is ready would die again: fail what is queued instead of looping.
    if (!this.ready) this.pool.abort(reason);
    if (!this.pool.closed) this.start();
  }
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly size: number;
  private readonly queue: Task[] = [];
  /** false while running; true once closed, or the reason the workers could not start. */
  closed: boolean | string = false;

  constructor(readonly options: PoolOptions) {
    this.size = Math.max(1, options.workers);
  }

  run(record: InputRecord): Promise<Outcome> {
    return new Promise((resolve) => {
      if (this.closed) return resolve({ kind: 'error', error: recordError(record, this.closed === true ? 'the worker pool is closed' : this.closed) });
      this.queue.push({ record, resolve });
      this.dispatch();
    });
  }

  /** Every worker failed to start: fail the queued and all later records with the reason. */
  abort(reason: string): void {
    this.closed = reason;
    for (const task of this.queue.splice(0)) task.resolve({ kind: 'error', error: recordError(task.record, reason) });
  }

  /** Hands queued records to idle threads; starts threads only as records wait (a small batch starts few). */
  dispatch(): void {
    for (const slot of this.slots) {
      if (this.queue.length === 0) return;
      if (slot.ready && !slot.task) slot.run(this.queue.shift()!);
    }
    let starting = this.slots.filter((slot) => !slot.ready).length;
    while (!this.closed && this.slots.length < this.size && this.queue.length > starting) {
      this.slots.push(new Slot(this));
      starting++;
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
  }
}

/** Items in, outcomes out in the same order; ingest errors pass straight through. */
export async function* processInOrder(items: AsyncIterable<InputItem>, options: PoolOptions): AsyncGenerator<Outcome> {
  const pool = new WorkerPool(options);
  const limit = Math.max(1, options.workers) * READ_AHEAD;
  const inFlight: Promise<Outcome>[] = [];
  try {
    for await (const item of items) {
      if (item.kind === 'error') {
        const { kind: _kind, ...error } = item;
        inFlight.push(Promise.resolve({ kind: 'error', error }));
      } else {
        inFlight.push(pool.run(item));
      }
      while (inFlight.length >= limit) yield await inFlight.shift()!;
    }
    while (inFlight.length > 0) yield await inFlight.shift()!;
  } finally {
    await pool.close();
  }
}
