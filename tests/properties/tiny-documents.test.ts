// Property: 1-character documents, and text with no sentence at all (words without end punctuation,
// or nothing but punctuation, brackets and emoji): no exception escapes, the graph validates, every
// span slices to its text, and two runs give the same bytes.
import { test } from 'vitest';
import { publishedAt, tinyOrSentenceless } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(`${NUM_RUNS} cases: tiny documents and text without sentences`, () => assertInvariants(tinyOrSentenceless, publishedAt), PROPERTY_TIMEOUT);
