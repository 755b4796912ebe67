// `claimgraph extract <inputs…> (--out <dir|-> | --sqlite <db>) [--workers N] [--resume] [--quiet] [--timeout-ms MS]`
import type { Command } from 'commander';
import { EXIT, UsageError, type ExitCode } from '../../pipeline/errors.js';
import { filesSink, stdoutSink } from '../../sinks/files.js';
import { teeSink, type Sink } from '../../sinks/sink.js';
import { sqliteSink } from '../../sinks/sqlite.js';
import { DEFAULT_TIMEOUT_MS, defaultWorkers, extract } from '../extract-core.js';
import { progressMode, stderrReporter } from '../reporter.js';

interface ExtractOptions {
  readonly out?: string;
  readonly sqlite?: string;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly resume?: boolean;
  readonly quiet?: boolean;
}

export const positiveInt = (name: string) => (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} expects a positive whole number, found ${JSON.stringify(value)}`);
  return n;
};

/** The sinks named by --out and --sqlite; shared with `claimgraph worker`. */
export function openSinks(options: { readonly out?: string; readonly sqlite?: string; readonly resume?: boolean }): Sink {
  const sinks: Sink[] = [];
  if (options.out === '-') {
    if (options.resume) throw new UsageError('--resume needs stored output (--out <dir> or --sqlite <db>), not --out -');
    sinks.push(stdoutSink());
  } else if (options.out !== undefined) {
    try {
      sinks.push(filesSink(options.out, { resume: options.resume ?? false }));
    } catch (e) {
      throw new UsageError(`cannot write to output directory ${options.out}: ${(e as Error).message}`);
    }
  }
  if (options.sqlite !== undefined) {
    try {
      sinks.push(sqliteSink(options.sqlite));
    } catch (e) {
      throw new UsageError(`cannot open SQLite database ${options.sqlite}: ${(e as Error).message}`);
    }
  }
  if (sinks.length === 0) throw new UsageError('name an output: --out <dir|-> and/or --sqlite <db>');
  return sinks.length === 1 ? sinks[0]! : teeSink(sinks);
}

export function registerExtract(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('extract')
    .description('extract entities, times and claims from statements into one JSON graph per record')
    .argument('<inputs...>', '.txt, .jsonl, .jsonl.gz, .html files, directories, or - for JSONL on stdin')
    .option('--out <dir>', 'output directory (one <id>.json per record, errors.jsonl), or - for JSONL on stdout')
    .option('--sqlite <db>', 'SQLite database to write (tables documents, entities, mentions, times, claims, edges, errors)')
    .option('--workers <n>', 'worker threads', positiveInt('--workers'), defaultWorkers())
    .option('--timeout-ms <ms>', 'time budget per document; a document over it becomes an error record', positiveInt('--timeout-ms'), DEFAULT_TIMEOUT_MS)
    .option('--resume', 'skip records whose graph or error record the output already holds')
    .option('--quiet', 'no progress bar or status lines (the summary line stays)')
    .action(async (inputs: string[], options: ExtractOptions) => {
      const sink = openSinks(options);
      const progress = progressMode(options.quiet ?? false);
      const summary = await extract({
        inputs,
        sink,
        onEvent: stderrReporter({ progress }),
        workers: options.workers,
        timeoutMs: options.timeoutMs,
        resume: options.resume ?? false,
        countTotal: progress !== 'none',
      });
      setExit(summary.unstored > 0 ? EXIT.unwritableOutput : summary.errors > 0 ? EXIT.someFailed : EXIT.ok);
    });
}
