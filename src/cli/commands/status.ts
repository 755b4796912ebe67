// `claimgraph status --redis URL [--json]`: the queue's progress and its failed jobs with reasons.
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../../pipeline/errors.js';

export function registerStatus(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('status')
    .description('show queued, running, completed and failed jobs, with the reason of each failure')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--json', 'print the status as one JSON object')
    .action(async (options: { redis: string; json?: boolean }) => {
      // Loaded on use: BullMQ stay out of every other command.
      const { queueStatus } = await import('../../batch/distributed/status.js');
      const status = await queueStatus(options.redis);
      if (options.json) {
        process.stdout.write(`${JSON.stringify(status)}\n`);
      } else {
        process.stdout.write(`waiting ${status.waiting}, active ${status.active}, delayed ${status.delayed}, completed ${status.completed}, failed ${status.failed}\n`);
        for (const f of status.failures) process.stdout.write(`failed ${f.id} after ${f.attempts} attempts: ${f.reason}\n`);
      }
      setExit(EXIT.ok);
    });
}
