// The extract job: inputs → records → graphs or error records → sink. Emits progress events and
// never exits the process; a record that fails becomes an error record and the batch goes on.
import type { ErrorRecord } from '../graph/schema.js';
import { readInputs } from '../ingest/index.js';
import { toError } from '../pipeline/errors.js';
import { runRecord } from '../pipeline/run.js';
import type { Sink } from '../sinks/files.js';
import type { EventListener } from './events.js';

export interface ExtractRequest {
  readonly inputs: readonly string[];
  readonly sink: Sink;
  readonly onEvent: EventListener;
}

export interface ExtractSummary {
  readonly documents: number;
  readonly errors: number;
  readonly seconds: number;
}

export async function extract(request: ExtractRequest): Promise<ExtractSummary> {
  const started = process.hrtime.bigint();
  let documents = 0;
  let errors = 0;
  const fail = (error: ErrorRecord) => {
    errors++;
    request.sink.writeError(error);
    request.onEvent({ type: 'error', ...error });
  };
  for await (const item of readInputs(request.inputs)) {
    if (item.kind === 'error') {
      const { kind: _kind, ...error } = item;
      fail(error);
      continue;
    }
    let graph;
    try {
      graph = runRecord(item);
    } catch (e) {
      const { file, line } = item.meta.origin;
      fail({ file, ...(line !== undefined ? { line } : {}), id: item.id, reason: `processing failed: ${toError(e).message}` });
      continue;
    }
    request.sink.writeGraph(graph);
    documents++;
    request.onEvent({ type: 'graph', id: item.id });
  }
  request.sink.close();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  request.onEvent({ type: 'done', documents, errors, seconds });
  return { documents, errors, seconds };
}
