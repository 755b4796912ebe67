#!/usr/bin/env node
// The command line: a thin shell over the core. `run` is the only place that decides the exit code,
// and only the entry point below calls process.exit.
import { Command, CommanderError } from 'commander';
import { pathToFileURL } from 'node:url';
import { EXIT, UsageError, type ExitCode } from '../pipeline/errors.js';
import { registerAudit } from './commands/audit.js';
import { registerExplain } from './commands/explain.js';
import { registerEntities } from './commands/entities.js';
import { registerExtract } from './commands/extract.js';
import { registerEnqueue } from './commands/enqueue.js';
import { registerStatus } from './commands/status.js';
import { registerWorker } from './commands/worker.js';

export async function run(argv: readonly string[], writeErr: (s: string) => void = (s) => process.stderr.write(s)): Promise<ExitCode> {
  let exit: ExitCode = EXIT.ok;
  const program = new Command('claimgraph')
    .description('statement dumps in, audited knowledge graphs out')
    .exitOverride()
    .configureOutput({ writeErr, writeOut: (s) => process.stdout.write(s) });
  registerExtract(program, (code) => (exit = code));
  registerEnqueue(program, (code) => (exit = code));
  registerWorker(program, (code) => (exit = code));
  registerStatus(program, (code) => (exit = code));
  registerEntities(program, (code) => (exit = code));
  registerAudit(program, (code) => (exit = code), writeErr);
  registerExplain(program);
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (e) {
    if (e instanceof CommanderError) return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    if (e instanceof UsageError) {
      writeErr(`claimgraph: ${e.message}\n`);
      return EXIT.usage;
    }
    throw e;
  }
  return exit;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`claimgraph: ${(e as Error).stack ?? String(e)}\n`);
      process.exit(EXIT.usage);
    },
  );
}
