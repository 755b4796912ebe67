// The one ordered list of stages, and the function that turns an input record into a graph.
import { claimsStage } from '../claims/index.js';
import { entitiesStage } from '../entities/index.js';
import { buildGraph, type FullDoc } from '../graph/build.js';
import type { Graph } from '../graph/schema.js';
import type { InputRecord } from '../ingest/record.js';
import { detectLanguage, extractsEnglish, withoutExtraction } from '../language/index.js';
import { segmentStage } from '../segment/index.js';
import { timesStage } from '../times/index.js';
import { zonesStage } from '../zones/index.js';
import type { Doc } from './document.js';

/**
 * The pipeline, in order: each stage reads only layers added before it (the types check this).
 * zones → segment → entities → times → claims; claims reads entities and times.
 */
export function analyse(record: InputRecord): FullDoc {
  const base: Doc = { id: record.id, text: record.text, meta: record.meta, language: detectLanguage(record.text) };
  const zoned = { ...base, ...zonesStage.run(base) };
  const segmented = { ...zoned, ...segmentStage.run(zoned) };
  // The entity, time and claim recognizers are English-only: other languages get empty layers.
  if (!extractsEnglish(base.language)) return { ...segmented, ...withoutExtraction(base) };
  const withEntities = { ...segmented, ...entitiesStage.run(segmented) };
  const withTimes = { ...withEntities, ...timesStage.run(withEntities) };
  return { ...withTimes, ...claimsStage.run(withTimes) };
}

/** Input record → validated graph. Throws on a defect; the caller turns that into an error record. */
export function runRecord(record: InputRecord): Graph {
  return buildGraph(analyse(record));
}

/** The bytes written for a graph: stable key order (schema order) and a final newline. */
export const serialiseGraph = (graph: Graph): string => `${JSON.stringify(graph, null, 2)}\n`;
