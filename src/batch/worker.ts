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

/** Stages that load data or compile on first use do it now, so the time budget counts documents only. */
const WARM_UP: InputRecord = { kind: 'record', id: 'warm-up', text: 'The U.N. said on Monday, July 1, 2013, that talks in Geneva would resume.', meta: { origin: { file: 'warm-up' }, extra: {} } };

if (parentPort) {
  const port = parentPort;
  processRecord(WARM_UP);
  port.on('message', (record: InputRecord) => port.postMessage(processRecord(record)));
  port.postMessage('ready');
}
