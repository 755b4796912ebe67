// Property: one line of thousands of characters with no line break (real words, or one character
// repeated up to 40,000 times): no exception escapes, the graph validates, every span slices to its
// text, and two runs give the same bytes. Each case costs up to a second, hence fewer cases.
import { test } from 'vitest';
import { enormousLine, publishedAt } from './arbitraries.js';
import { PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

const RUNS = Number(process.env.FC_NUM_RUNS_ENORMOUS ?? 100);

test(`${RUNS} cases: enormous lines`, () => assertInvariants(enormousLine, publishedAt, { numRuns: RUNS }), PROPERTY_TIMEOUT);
