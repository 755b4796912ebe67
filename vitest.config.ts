import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The CLI tests run the compiled program; build once before any test file runs.
    globalSetup: ['tests/helpers/build.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
