import type { Doc, LayerName, Layers } from './document.js';

/** A stage reads the layers it needs and returns the layers it adds; the runner attaches them. */
export interface Stage<Needs extends LayerName, Adds extends LayerName> {
  readonly name: string;
  run(doc: Doc<Needs>): Pick<Layers, Adds>;
}
