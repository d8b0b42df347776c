import { defineConfig } from 'vitest/config';

// Pure logic shares one module cache per worker (isolate: false): loading the Markdown
// pipeline and ExcelJS once rather than once per file halves the unit tests' CPU. The one
// file that replaces a module (vi.mock('pagefind')) runs isolated, so the mock stays there.
const MOCKING = ['test/unit/integrations/search-index.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], exclude: MOCKING, isolate: false } },
      { extends: true, test: { name: 'unit-isolated', include: MOCKING } },
    ],
  },
});
