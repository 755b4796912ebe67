// `claimgraph worker --redis URL (--out dir | --sqlite db)`: processes queued records until stopped.
import type { Command } from 'commander';
import { EXIT, type ExitCode } from '../../pipeline/errors.js';
import { openSinks, positiveInt } from './extract.js';

interface WorkerOptions {
  readonly redis: string;
  readonly out?: string;
  readonly sqlite?: string;
  readonly lockMs: number;
  readonly exitWhenDrained?: boolean;
}

export function registerWorker(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('worker')
    .description('process queued records (run as many as you like, on any machine that reaches Redis)')
    .requiredOption('--redis <url>', 'Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--out <dir>', 'output directory (one <id>.json per record, errors.jsonl)')
    .option('--sqlite <db>', 'SQLite database to write (shared safely by several workers on one machine)')
    .option('--lock-ms <ms>', 'how long a silent worker keeps a job before another takes it over', positiveInt('--lock-ms'), 30_000)
    .option('--exit-when-drained', 'stop once no job is waiting, running or delayed')
    .action(async (options: WorkerOptions) => {
      // Loaded on use: BullMQ and the pipeline stay out of every other command.
      const { runWorker } = await import('../../batch/distributed/worker.js');
      // Workers on several machines share one output: earlier graphs are kept, never truncated away.
      const sink = openSinks({ ...options, resume: true });
      const summary = await runWorker({ redisUrl: options.redis, sink, lockMs: options.lockMs, exitWhenDrained: options.exitWhenDrained ?? false });
      process.stderr.write(`claimgraph: ${summary.documents} documents, ${summary.errors} errors\n`);
      setExit(summary.errors > 0 ? EXIT.someFailed : EXIT.ok);
    });
}
