import { defineConfig } from 'vitest/config';

/** Benchmarks print numbers and are not part of npm test. */
export default defineConfig({
  test: {
    include: ['test/bench/*.ts'],
    exclude: ['test/bench/generate-corpus.ts', 'test/bench/generate-roster.ts', 'test/bench/results-shown.ts'],
    environment: 'node',
    testTimeout: 600_000,
  },
});
