// `claimgraph extract <inputs…> --out <dir|->`
import type { Command } from 'commander';
import { EXIT, UsageError, type ExitCode } from '../../pipeline/errors.js';
import { filesSink, stdoutSink } from '../../sinks/files.js';
import { extract } from '../extract-core.js';
import { stderrReporter } from '../reporter.js';

export function registerExtract(program: Command, setExit: (code: ExitCode) => void): void {
  program
    .command('extract')
    .description('extract entities, times and claims from statements into one JSON graph per record')
    .argument('<inputs...>', '.txt, .jsonl, .jsonl.gz, .html files, directories, or - for JSONL on stdin')
    .requiredOption('--out <dir>', 'output directory (one <id>.json per record, errors.jsonl), or - for JSONL on stdout')
    .action(async (inputs: string[], options: { out: string }) => {
      let sink;
      try {
        sink = options.out === '-' ? stdoutSink() : filesSink(options.out);
      } catch (e) {
        throw new UsageError(`cannot write to output directory ${options.out}: ${(e as Error).message}`);
      }
      const summary = await extract({ inputs, sink, onEvent: stderrReporter() });
      setExit(summary.errors > 0 ? EXIT.someFailed : EXIT.ok);
    });
}
