// Reads what `extract` wrote back in: graph files (.json), graph streams (.jsonl, as `--out -`
// writes them) and directories holding them with their errors.jsonl. A file that is not a valid
// graph becomes a problem record, as a bad input does in extract, and the rest still loads.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ErrorRecordSchema, GraphSchema, type ErrorRecord, type Graph } from '../graph/schema.js';
import { ERRORS_FILE } from '../sinks/files.js';

export interface LoadedGraph {
  readonly graph: Graph;
  readonly file: string;
}

export interface Batch {
  readonly graphs: readonly LoadedGraph[];
  /** The errors extract recorded (errors.jsonl), followed by graph files that could not be read. */
  readonly errors: readonly ErrorRecord[];
  /** How many of `errors` are unreadable graph files rather than extract's own records. */
  readonly unreadable: number;
}

/** Loads graphs from files and directories (recursively, sorted), in input order. */
export function loadBatch(inputs: readonly string[]): Batch {
  const graphs: LoadedGraph[] = [];
  const extractErrors: ErrorRecord[] = [];
  const unreadable: ErrorRecord[] = [];
  const visit = (path: string): void => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) visit(join(path, name));
    } else if (basename(path) === ERRORS_FILE) {
      extractErrors.push(...readErrors(path, unreadable));
    } else if (path.endsWith('.jsonl')) {
      readFileSync(path, 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (line.trim()) collect(parseGraph(line, path, i + 1), path, graphs, unreadable);
        });
    } else if (path.endsWith('.json')) {
      collect(parseGraph(readFileSync(path, 'utf8'), path), path, graphs, unreadable);
    }
  };
  for (const input of inputs) visit(input);
  return { graphs, errors: [...extractErrors, ...unreadable], unreadable: unreadable.length };
}

/** Reads one graph file, throwing an Error that names the file and what is wrong with it. */
export function readGraphFile(path: string): Graph {
  const parsed = parseGraph(readFileSync(path, 'utf8'), path);
  if ('reason' in parsed) throw new Error(`${path}: ${parsed.reason}`);
  return parsed;
}

function collect(parsed: Graph | ErrorRecord, file: string, graphs: LoadedGraph[], unreadable: ErrorRecord[]): void {
  if ('reason' in parsed) unreadable.push(parsed);
  else graphs.push({ graph: parsed, file });
}

function parseGraph(json: string, file: string, line?: number): Graph | ErrorRecord {
  const where = line === undefined ? { file } : { file, line };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (e) {
    return { ...where, reason: `not JSON: ${(e as Error).message}` };
  }
  const result = GraphSchema.safeParse(value);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  return { ...where, reason: `not a claimgraph graph: ${issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'invalid'}` };
}

function readErrors(path: string, unreadable: ErrorRecord[]): ErrorRecord[] {
  const records: ErrorRecord[] = [];
  readFileSync(path, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (!line.trim()) return;
      try {
        records.push(ErrorRecordSchema.parse(JSON.parse(line)));
      } catch {
        unreadable.push({ file: path, line: i + 1, reason: 'not an error record' });
      }
    });
  return records;
}
