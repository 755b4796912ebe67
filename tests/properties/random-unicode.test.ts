// Property: for any code units (every code point, lone surrogates, control characters), no exception escapes, the graph validates, every span slices to its text,
// and two runs give the same bytes.
import { test } from 'vitest';
import { randomUnicode, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(`${NUM_RUNS} cases: any code units (every code point, lone surrogates, control characters)`, () => assertInvariants(randomUnicode, publishedAt), PROPERTY_TIMEOUT);
