// The BullMQ queue that `enqueue`, `worker` and `status` share: its name, the Redis connection and
// the job options (retries with exponential backoff; failed jobs kept with their reason).
import { Queue, type JobsOptions } from 'bullmq';
import { Redis } from 'ioredis';
import type { InputRecord } from '../../ingest/record.js';

export const QUEUE_NAME = 'claimgraph';

export interface RecordJob {
  readonly record: InputRecord;
}

/**
 * A client of its own for each queue or worker (BullMQ under ESM takes a built client, not options).
 * ioredis gives up on a command after a few retries by default; BullMQ workers must wait instead.
 */
export const connection = (url: string): Redis => new Redis(url, { maxRetriesPerRequest: null });

export const JOB_OPTIONS = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 1000 },
  // The graph is in the sink; keeping the record's text in Redis would only grow it. Totals come from metrics.
  removeOnComplete: true,
  removeOnFail: false,
} as const satisfies JobsOptions;

/** Record ids become job ids, so enqueueing a record twice adds it once; ':' is BullMQ's separator. */
export const jobIdOf = (recordId: string): string => `r-${encodeURIComponent(recordId)}`;

export const openQueue = (url: string): Queue<RecordJob> => new Queue<RecordJob>(QUEUE_NAME, { connection: connection(url) });
