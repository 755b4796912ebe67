// Files sink: <dir>/<id>.json per graph (written to a temporary name, then renamed, so a killed run
// never leaves half a graph), and <dir>/errors.jsonl with one line per failed record.
import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { GraphSchema } from '../graph/schema.js';
import { errorKey, itemKey, type Sink } from './sink.js';

export type { GraphOutput, Sink } from './sink.js';

export const ERRORS_FILE = 'errors.jsonl';

export interface FilesSinkOptions {
  /** Keep the graphs and error records of an earlier run (default: start errors.jsonl afresh). */
  readonly resume?: boolean;
}

export function filesSink(dir: string, options: FilesSinkOptions = {}): Sink {
  mkdirSync(dir, { recursive: true });
  const errorsPath = join(dir, ERRORS_FILE);
  const earlierErrors = options.resume ? keptErrorLines(errorsPath) : [];
  // A run killed mid-append may leave a torn last line: only whole records are kept.
  writeFileSync(`${errorsPath}.tmp`, earlierErrors.map((l) => `${l}\n`).join(''));
  renameSync(`${errorsPath}.tmp`, errorsPath);
  const errorKeys = new Set(earlierErrors.map((l) => errorKey(JSON.parse(l) as { file: string })));
  const graphPath = (id: string) => join(dir, `${id}.json`);
  return {
    writeGraph({ id, json }) {
      const path = graphPath(id);
      writeFileSync(`${path}.tmp`, json);
      renameSync(`${path}.tmp`, path);
    },
    writeError(error) {
      appendFileSync(errorsPath, `${JSON.stringify(error)}\n`);
    },
    isDone(item) {
      if (errorKeys.has(itemKey(item))) return true;
      return item.kind === 'record' && isValidGraph(graphPath(item.id), item.id);
    },
    close() {},
  };
}

function keptErrorLines(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => {
      try {
        return typeof (JSON.parse(line) as { file?: unknown }).file === 'string';
      } catch {
        return false;
      }
    });
}

function isValidGraph(path: string, id: string): boolean {
  if (!existsSync(path)) return false;
  try {
    const graph = GraphSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return graph.success && graph.data.document.id === id;
  } catch {
    return false;
  }
}

/** `--out -`: one graph per line on stdout; errors still go to stderr as JSON lines. */
export function stdoutSink(out: NodeJS.WritableStream = process.stdout): Sink {
  return {
    writeGraph({ json }) {
      if (!out.write(`${JSON.stringify(JSON.parse(json))}\n`)) return new Promise((resolve) => out.once('drain', () => resolve()));
    },
    writeError(error) {
      process.stderr.write(`${JSON.stringify({ error })}\n`);
    },
    isDone: () => false,
    close() {},
  };
}
