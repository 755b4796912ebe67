// Property: one line of 5,000 to 20,000 characters with no line break (real words, or one unit
// repeated): no exception escapes, the graph validates, every span slices to its text, and two runs
// give the same bytes. A case costs about 0.07 s (two runs of 1,000 to 4,000 words), so the 10,000
// cases are dealt to SHARDS test files, each with its own seed, that vitest runs on every core.
import { test } from 'vitest';
import { enormousLine, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, SEED, assertInvariants } from './invariants.js';

export const SHARDS = 4;

/** Shard `shard` (1-based) of the property: its share of the cases, under seed SEED + shard. */
export function enormousLinesShard(shard: number): void {
  const runs = Math.ceil(NUM_RUNS / SHARDS);
  test(`${runs} cases: enormous lines (shard ${shard} of ${SHARDS})`, () => assertInvariants(enormousLine, publishedAt, { numRuns: runs, seed: SEED + shard }), PROPERTY_TIMEOUT);
}
