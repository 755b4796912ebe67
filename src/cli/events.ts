// Progress events the core emits; the reporter renders them (on stderr), tests collect them.
import type { ErrorRecord } from '../graph/schema.js';

export type ExtractEvent =
  | { readonly type: 'graph'; readonly id: string }
  | ({ readonly type: 'error' } & ErrorRecord)
  | { readonly type: 'done'; readonly documents: number; readonly errors: number; readonly seconds: number };

export type EventListener = (event: ExtractEvent) => void;
