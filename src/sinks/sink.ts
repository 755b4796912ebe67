// What every sink offers the batch: graphs and error records in, in input order, and for
// `--resume` whether an input item already has its graph or error record there.
import type { ErrorRecord } from '../graph/schema.js';
import type { InputItem } from '../ingest/record.js';

/** A graph as the workers hand it over: serialised once, in the worker, in schema key order. */
export interface GraphOutput {
  readonly id: string;
  readonly json: string;
}

export interface Sink {
  /** May return a promise when the destination pushes back (a full stdout pipe): await it. */
  writeGraph(graph: GraphOutput): void | Promise<void>;
  writeError(error: ErrorRecord): void;
  /** Whether the item's graph (valid) or error record is already stored: `--resume` skips it. */
  isDone(item: InputItem): boolean;
  close(): void;
}

/** The identity of an error record or input item: file, line and id (an item lacks some of them). */
export const errorKey = (e: { readonly file: string; readonly line?: number | undefined; readonly id?: string | undefined }): string => JSON.stringify([e.file, e.line ?? null, e.id ?? null]);

export const itemKey = (item: InputItem): string =>
  item.kind === 'error' ? errorKey(item) : errorKey({ file: item.meta.origin.file, ...(item.meta.origin.line !== undefined ? { line: item.meta.origin.line } : {}), id: item.id });

/** Every sink at once (`--out dir --sqlite db`): an item is done when every sink has it. */
export function teeSink(sinks: readonly Sink[]): Sink {
  return {
    async writeGraph(graph) {
      for (const s of sinks) await s.writeGraph(graph);
    },
    writeError: (error) => sinks.forEach((s) => s.writeError(error)),
    isDone: (item) => sinks.every((s) => s.isDone(item)),
    close: () => sinks.forEach((s) => s.close()),
  };
}
