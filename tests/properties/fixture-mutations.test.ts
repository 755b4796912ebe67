// Property: windows of the real statements in fixtures/ with insertions, deletions and duplications:
// no exception escapes, the graph validates, every span slices to its text, and two runs give the
// same bytes.
import { test } from 'vitest';
import { mutatedFixture, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(
  `${NUM_RUNS} cases: mutated statements`,
  () =>
    assertInvariants(mutatedFixture, publishedAt, {
      // A cue after a lone "of" once gave a claim source that ended before it started.
      examples: [['"Goodn exiles, many of them members of. know than 3,000 residents have been relocated to a transit facility', undefined]],
    }),
  PROPERTY_TIMEOUT,
);
