// The extract job: inputs → records → worker threads → graphs or error records → sink, streamed and
// in input order. Emits progress events and never exits the process; a record that fails becomes an
// error record and the batch goes on. The pipeline itself is loaded only in the worker threads.
import { availableParallelism } from 'node:os';
import { processInOrder } from '../batch/pool.js';
import { countRecords } from '../batch/progress.js';
import { skipDone } from '../batch/resume.js';
import type { ErrorRecord } from '../graph/schema.js';
import { readInputs } from '../ingest/index.js';
import { toError } from '../pipeline/errors.js';
import type { Sink } from '../sinks/sink.js';
import type { EventListener } from './events.js';

export interface ExtractRequest {
  readonly inputs: readonly string[];
  readonly sink: Sink;
  readonly onEvent: EventListener;
  /** Worker threads (default: the number of cores). */
  readonly workers?: number;
  /** Time budget per document in milliseconds (default 60 000). */
  readonly timeoutMs?: number;
  /** Skip records whose graph or error record the sink already holds (default false). */
  readonly resume?: boolean;
  /** Count the inputs first so progress can show a percentage and ETA (default false). */
  readonly countTotal?: boolean;
}

export interface ExtractSummary {
  readonly documents: number;
  readonly errors: number;
  readonly skipped: number;
  /** Graphs or error records the sink could not store (an unwritable output). */
  readonly unstored: number;
  readonly seconds: number;
}

export const DEFAULT_TIMEOUT_MS = 60_000;
export const defaultWorkers = (): number => availableParallelism();

export async function extract(request: ExtractRequest): Promise<ExtractSummary> {
  const started = process.hrtime.bigint();
  const { sink, onEvent } = request;
  let documents = 0;
  let errors = 0;
  let skipped = 0;
  let unstored = 0;
  if (request.countTotal) {
    void countRecords(request.inputs).then((records) => records !== undefined && onEvent({ type: 'total', records }), () => undefined);
  }
  const fail = (error: ErrorRecord) => {
    errors++;
    try {
      sink.writeError(error);
    } catch (e) {
      unstored++;
      onEvent({ type: 'warning', message: `cannot store the error record ${JSON.stringify(error)}: ${toError(e).message}` });
    }
    onEvent({ type: 'error', ...error });
  };
  let items = readInputs(request.inputs);
  if (request.resume) {
    items = skipDone(items, sink, () => {
      skipped++;
      onEvent({ type: 'skipped' });
    });
  }
  const outcomes = processInOrder(items, { workers: request.workers ?? defaultWorkers(), timeoutMs: request.timeoutMs ?? DEFAULT_TIMEOUT_MS });
  for await (const outcome of outcomes) {
    if (outcome.kind === 'error') {
      fail(outcome.error);
      continue;
    }
    try {
      await sink.writeGraph(outcome);
    } catch (e) {
      const { file, line } = outcome.origin;
      unstored++;
      fail({ file, ...(line !== undefined ? { line } : {}), id: outcome.id, reason: `cannot write the graph: ${toError(e).message}` });
      continue;
    }
    documents++;
    onEvent({ type: 'graph', id: outcome.id });
  }
  sink.close();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  onEvent({ type: 'done', documents, errors, skipped, unstored, seconds });
  return { documents, errors, skipped, unstored, seconds };
}
