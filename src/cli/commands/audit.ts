// `claimgraph audit <graphs or dirs…> --html <dir>`
import type { Command } from 'commander';
import { existsSync } from 'node:fs';
import { writeReport } from '../../audit/html/report.js';
import { loadBatch } from '../../audit/load.js';
import { EXIT, UsageError, type ExitCode } from '../../pipeline/errors.js';

export function registerAudit(program: Command, setExit: (code: ExitCode) => void, writeErr: (s: string) => void): void {
  program
    .command('audit')
    .description('write a static HTML report of graphs for auditors: each document’s text with its entities, times and claims highlighted')
    .argument('<inputs...>', 'graph files (.json, .jsonl) or directories written by extract (their errors.jsonl is shown too)')
    .requiredOption('--html <dir>', 'directory for the report (index.html, documents/<id>.html)')
    .action((inputs: string[], options: { html: string }) => {
      const missing = inputs.filter((i) => !existsSync(i));
      if (missing.length) throw new UsageError(`no such file or directory: ${missing.join(', ')}`);
      const started = performance.now();
      const batch = loadBatch(inputs);
      let index;
      try {
        index = writeReport(batch, options.html);
      } catch (e) {
        throw new UsageError(`cannot write the report to ${options.html}: ${(e as Error).message}`);
      }
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      writeErr(`claimgraph: audit of ${batch.graphs.length} documents, ${batch.errors.length} errors → ${index} (${seconds} s)\n`);
      setExit(batch.unreadable > 0 ? EXIT.someFailed : EXIT.ok);
    });
}
