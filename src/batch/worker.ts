// A pool worker thread: builds the pipeline once (module load), says it is ready, then turns each
// record it is sent into the serialised graph or a failure reason. It never logs: progress is the
// pool's business.
import { parentPort } from 'node:worker_threads';
import type { InputRecord } from '../ingest/record.js';
import { toError } from '../pipeline/errors.js';
import { runRecord, serialiseGraph } from '../pipeline/run.js';

export type WorkerReply = { readonly ok: true; readonly json: string } | { readonly ok: false; readonly reason: string };

/** The same record → reply function serves the thread pool and the distributed worker. */
export function processRecord(record: InputRecord): WorkerReply {
  try {
    return { ok: true, json: serialiseGraph(runRecord(record)) };
  } catch (e) {
    return { ok: false, reason: `processing failed: ${toError(e).message}` };
  }
}

if (parentPort) {
  const port = parentPort;
  port.on('message', (record: InputRecord) => port.postMessage(processRecord(record)));
  port.postMessage('ready');
}
