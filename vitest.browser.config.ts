import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/a11y/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 30_000,
    // A page waits on a real browser, worker and search index; one second (the default)
    // is too short when the machine is busy, and a passing poll returns as soon as it holds.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
  },
});
