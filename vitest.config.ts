import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the compiled program; build once before any test file runs.
    globalSetup: ['tests/helpers/build.ts'],
    // vitest's default leaves one core idle; the property tests need both.
    maxWorkers: availableParallelism(),
    // Test files share one module graph per worker: compromise and the lexicons load once, not 80 times.
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
