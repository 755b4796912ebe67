// Progress events the core emits; the reporter renders them (on stderr), tests collect them.
import type { ErrorRecord } from '../graph/schema.js';

export type ExtractEvent =
  /** Emitted once the inputs are counted (JSONL lines, files); absent for stdin and .gz inputs. */
  | { readonly type: 'total'; readonly records: number }
  | { readonly type: 'graph'; readonly id: string }
  | ({ readonly type: 'error' } & ErrorRecord)
  /** `--resume`: the record already has its graph or error record. */
  | { readonly type: 'skipped' }
  /** Something the user must see that is not a record's fate (an error record that could not be stored). */
  | { readonly type: 'warning'; readonly message: string }
  | { readonly type: 'done'; readonly documents: number; readonly errors: number; readonly skipped: number; readonly unstored: number; readonly seconds: number };

export type EventListener = (event: ExtractEvent) => void;
