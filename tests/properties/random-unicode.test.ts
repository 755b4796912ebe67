// Property: any code units at all (every code point, lone surrogates, control characters, odd white
// space): no exception escapes, the graph validates, every span slices to its text, and two runs
// give the same bytes.
import { test } from 'vitest';
import { publishedAt, randomUnicode } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(`${NUM_RUNS} cases: random Unicode`, () => assertInvariants(randomUnicode, publishedAt), PROPERTY_TIMEOUT);
