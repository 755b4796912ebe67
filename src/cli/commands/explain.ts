// `claimgraph explain <graph> [--claim ID]`
import type { Command } from 'commander';
import { explain, UnknownClaimError, useColour } from '../../audit/explain.js';
import { readGraphFile } from '../../audit/load.js';
import { UsageError } from '../../pipeline/errors.js';

export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('print the audit of one graph: each claim with its source chain and evidence sentence (colours on a terminal, unless NO_COLOR)')
    .argument('<graph>', 'a graph file written by extract')
    .option('--claim <id>', 'only this claim: its id (c:89-146) or its number in reading order')
    .action((path: string, options: { claim?: string }) => {
      let graph;
      try {
        graph = readGraphFile(path);
      } catch (e) {
        throw new UsageError((e as Error).message);
      }
      try {
        process.stdout.write(explain(graph, { ...(options.claim !== undefined ? { claim: options.claim } : {}), colour: useColour(process.stdout, process.env) }));
      } catch (e) {
        if (e instanceof UnknownClaimError) throw new UsageError(e.message);
        throw e;
      }
    });
}
