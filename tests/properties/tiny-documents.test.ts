// Property: for 1-character documents and text with no sentences, no exception escapes, the graph validates, every span slices to its text,
// and two runs give the same bytes.
import { test } from 'vitest';
import { tinyOrSentenceless, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(`${NUM_RUNS} cases: 1-character documents and text with no sentences`, () => assertInvariants(tinyOrSentenceless, publishedAt), PROPERTY_TIMEOUT);
