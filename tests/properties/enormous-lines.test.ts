// Property: one line of 5,000 to 20,000 characters with no line break (real words, or one unit
// repeated): no exception escapes, the graph validates, every span slices to its text, and two runs
// give the same bytes. A case costs one to six seconds (two runs), hence far fewer cases.
import { test } from 'vitest';
import { enormousLine, publishedAt } from './arbitraries.js';
import { PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

const RUNS = Number(process.env.FC_NUM_RUNS_ENORMOUS ?? 40);

test(`${RUNS} cases: enormous lines`, () => assertInvariants(enormousLine, publishedAt, { numRuns: RUNS }), PROPERTY_TIMEOUT);
