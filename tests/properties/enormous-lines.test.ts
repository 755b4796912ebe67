// Property: one line of 5,000 to 20,000 characters with no line break (real words, or one unit
// repeated): no exception escapes, the graph validates, every span slices to its text, and two runs
// give the same bytes. A case costs about 0.08 s (two runs of 1,000 to 4,000 words), so 10,000 cases
// would take about 14 minutes of one core, most of CI's budget: 1,000 run by default, and
// FC_NUM_RUNS_ENORMOUS explores further.
import { test } from 'vitest';
import { enormousLine, publishedAt } from './arbitraries.js';
import { PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

const RUNS = Number(process.env.FC_NUM_RUNS_ENORMOUS ?? 1000);

test(`${RUNS} cases: enormous lines`, () => assertInvariants(enormousLine, publishedAt, { numRuns: RUNS }), PROPERTY_TIMEOUT);
