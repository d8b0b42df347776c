import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/site/**/*.test.ts', 'test/browser/**/*.test.ts', 'test/a11y/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    environment: 'node',
    // Two files at a time, each on its own connection to the one Chromium: much of a browser
    // test is waiting (a page loading, the network going quiet, a worker installing), so two
    // keep both cores of a small machine busy. Lighthouse runs alone afterwards (npm test).
    maxWorkers: 2,
    // A worker loads playwright-core and the test helpers once for all its files, not once per file.
    isolate: false,
    testTimeout: 30_000,
    // A page waits on a real browser, worker and search index; one second (the default)
    // is too short when the machine is busy, and a passing poll returns as soon as it holds.
    expect: { poll: { timeout: 10_000 } },
    hookTimeout: 60_000,
  },
});
