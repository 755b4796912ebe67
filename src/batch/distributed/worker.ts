// `claimgraph worker`: takes record jobs from the queue, runs the pipeline (built once, in this
// process) and writes graphs to the sink. A failing record is retried with backoff; after its last
// attempt its error record goes to the sink and the failed job stays in Redis with the reason. A
// worker killed mid-job loses nothing: its lock expires and another worker takes the job again,
// and the sink's upserts make the second write the only one.
import { MetricsTime, Queue, Worker, type Job } from 'bullmq';
import type { Sink } from '../../sinks/sink.js';
import { recordError } from '../pool.js';
import { processRecord } from '../worker.js';
import { QUEUE_NAME, connection, type RecordJob } from './queue.js';

export interface WorkerRequest {
  readonly redisUrl: string;
  readonly sink: Sink;
  /** How long a job stays locked by a silent worker before another may take it (default 30 000 ms). */
  readonly lockMs?: number;
  /** Stop once no job is waiting, active or delayed (default: run until stopped). */
  readonly exitWhenDrained?: boolean;
  readonly onProcessed?: (id: string, ok: boolean) => void;
}

const DRAIN_POLL_MS = 1000;
const CLOSE_GRACE_MS = 10_000;

export async function runWorker(request: WorkerRequest): Promise<{ documents: number; errors: number }> {
  const { sink } = request;
  const lockDuration = request.lockMs ?? 30_000;
  let documents = 0;
  let errors = 0;
  const worker = new Worker<RecordJob>(
    QUEUE_NAME,
    async (job: Job<RecordJob>) => {
      const { record } = job.data;
      const reply = processRecord(record);
      if (!reply.ok) throw new Error(reply.reason);
      await sink.writeGraph({ id: record.id, json: reply.json });
      documents++;
      request.onProcessed?.(record.id, true);
      return { id: record.id };
    },
    { connection: connection(request.redisUrl), lockDuration, stalledInterval: Math.max(500, lockDuration / 2), metrics: { maxDataPoints: MetricsTime.ONE_WEEK } },
  );
  worker.on('failed', (job, error) => {
    if (!job || job.attemptsMade < (job.opts.attempts ?? 1)) return;
    errors++;
    sink.writeError(recordError(job.data.record, error.message));
    request.onProcessed?.(job.data.record.id, false);
  });
  const stopped = new Promise<void>((resolve) => {
    const stop = () => resolve();
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
    if (request.exitWhenDrained) void untilDrained(request.redisUrl).then(stop);
  });
  await stopped;
  // Finish the job in hand, but do not hang on a Redis that has gone away.
  await Promise.race([worker.close(), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS).unref())]);
  sink.close();
  return { documents, errors };
}

async function untilDrained(redisUrl: string): Promise<void> {
  const queue = new Queue(QUEUE_NAME, { connection: connection(redisUrl) });
  try {
    for (;;) {
      await new Promise((r) => setTimeout(r, DRAIN_POLL_MS));
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children');
      if (Object.values(counts).every((n) => n === 0)) return;
    }
  } finally {
    await queue.close();
  }
}
