// Property: real words mixed with quotes, brackets, HTML fragments, emoji, right-to-left runs,
// control characters, lone surrogates, dates and cue words: no exception escapes, the graph
// validates, every span slices to its text, and two runs give the same bytes.
import { test } from 'vitest';
import { dirtyText, publishedAt } from './arbitraries.js';
import { NUM_RUNS, PROPERTY_TIMEOUT, assertInvariants } from './invariants.js';

test(
  `${NUM_RUNS} cases: dirty text`,
  () =>
    assertInvariants(dirtyText, publishedAt, {
      // "according to" closing the text once gave a claim source that ended before it started.
      examples: [['"according to ', undefined]],
    }),
  PROPERTY_TIMEOUT,
);
