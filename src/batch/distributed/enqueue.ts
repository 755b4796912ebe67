// `claimgraph enqueue`: one job per input record, added in batches as the inputs stream by. Inputs
// that are not records (malformed lines, unreadable files) are reported, not queued.
import type { ErrorRecord } from '../../graph/schema.js';
import { readInputs } from '../../ingest/index.js';
import { JOB_OPTIONS, jobIdOf, openQueue, type RecordJob } from './queue.js';

const BATCH = 500;

export interface EnqueueSummary {
  readonly queued: number;
  readonly errors: readonly ErrorRecord[];
}

export async function enqueue(inputs: readonly string[], redisUrl: string): Promise<EnqueueSummary> {
  const queue = openQueue(redisUrl);
  const errors: ErrorRecord[] = [];
  let queued = 0;
  let batch: { name: string; data: RecordJob; opts: typeof JOB_OPTIONS & { jobId: string } }[] = [];
  const flush = async () => {
    await queue.addBulk(batch);
    queued += batch.length;
    batch = [];
  };
  try {
    for await (const item of readInputs(inputs)) {
      if (item.kind === 'error') {
        const { kind: _kind, ...error } = item;
        errors.push(error);
        continue;
      }
      batch.push({ name: 'record', data: { record: item }, opts: { ...JOB_OPTIONS, jobId: jobIdOf(item.id) } });
      if (batch.length >= BATCH) await flush();
    }
    await flush();
  } finally {
    await queue.close();
  }
  return { queued, errors };
}
