// `claimgraph enqueue <inputs…> --redis URL`: one BullMQ job per record.
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../../pipeline/errors.js';

export function registerEnqueue(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('enqueue')
    .description('add one job per input record to the Redis queue that `claimgraph worker` processes')
    .argument('<inputs...>', '.txt, .jsonl, .jsonl.gz, .html files, directories, or - for JSONL on stdin')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .action(async (inputs: string[], options: { redis: string }) => {
      // Loaded on use: BullMQ stay out of every other command.
      const { enqueue } = await import('../../batch/distributed/enqueue.js');
      const summary = await enqueue(inputs, options.redis);
      for (const error of summary.errors) process.stderr.write(`${JSON.stringify({ error })}\n`);
      process.stderr.write(`claimgraph: ${summary.queued} records queued, ${summary.errors.length} errors\n`);
      setExit(summary.errors.length > 0 ? EXIT.someFailed : EXIT.ok);
    });
}
