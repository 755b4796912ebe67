// Files sink: <dir>/<id>.json per graph (written to a temporary name, then renamed, so a killed run
// never leaves half a graph), and <dir>/errors.jsonl with one line per failed record.
import { appendFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorRecord, Graph } from '../graph/schema.js';
import { serialiseGraph } from '../pipeline/run.js';

export interface Sink {
  writeGraph(graph: Graph): void;
  writeError(error: ErrorRecord): void;
  close(): void;
}

export const ERRORS_FILE = 'errors.jsonl';

export function filesSink(dir: string): Sink {
  mkdirSync(dir, { recursive: true });
  const errorsPath = join(dir, ERRORS_FILE);
  writeFileSync(errorsPath, '');
  return {
    writeGraph(graph) {
      const path = join(dir, `${graph.document.id}.json`);
      writeFileSync(`${path}.tmp`, serialiseGraph(graph));
      renameSync(`${path}.tmp`, path);
    },
    writeError(error) {
      appendFileSync(errorsPath, `${JSON.stringify(error)}\n`);
    },
    close() {},
  };
}

/** `--out -`: one graph per line on stdout; errors still go to stderr as JSON lines. */
export function stdoutSink(write: (s: string) => void = (s) => process.stdout.write(s)): Sink {
  return {
    writeGraph(graph) {
      write(`${JSON.stringify(graph)}\n`);
    },
    writeError(error) {
      process.stderr.write(`${JSON.stringify({ error })}\n`);
    },
    close() {},
  };
}
