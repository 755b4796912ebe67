// Property: for windows of real statements with insertions, deletions and duplications, no exception escapes, the graph validates, every span slices to its text,
// and two runs give the same bytes.
import { test } from 'vitest';
import { mutatedFixture, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(`${NUM_RUNS} cases: windows of real statements with insertions, deletions and duplications`, () => assertInvariants(mutatedFixture, publishedAt), PROPERTY_TIMEOUT);
