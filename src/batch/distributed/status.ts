// `claimgraph status`: how far the queue has got — jobs waiting, running, delayed for a retry,
// completed (from the workers' metrics) and failed, with the reasons of the failed ones.
import { openQueue } from './queue.js';

export interface QueueStatus {
  readonly waiting: number;
  readonly active: number;
  readonly delayed: number;
  readonly completed: number;
  readonly failed: number;
  readonly failures: readonly { readonly id: string; readonly reason: string; readonly attempts: number }[];
}

export async function queueStatus(redisUrl: string, maxFailures = 20): Promise<QueueStatus> {
  const queue = openQueue(redisUrl);
  try {
    const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'failed');
    const completed = (await queue.getMetrics('completed')).meta.count;
    const failedJobs = await queue.getFailed(0, maxFailures - 1);
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed,
      failed: counts.failed ?? 0,
      failures: failedJobs.map((job) => ({ id: (job.data as { record: { id: string } }).record.id, reason: job.failedReason, attempts: job.attemptsMade })),
    };
  } finally {
    await queue.close();
  }
}
