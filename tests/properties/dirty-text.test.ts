// Property: for real words mixed with quotes, brackets, markup, emoji, right-to-left runs and control characters, no exception escapes, the graph validates, every span slices to its text,
// and two runs give the same bytes.
import { test } from 'vitest';
import { dirtyText, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(`${NUM_RUNS} cases: real words mixed with quotes, brackets, markup, emoji, right-to-left runs and control characters`, () => assertInvariants(dirtyText, publishedAt), PROPERTY_TIMEOUT);
