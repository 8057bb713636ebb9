import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    // A throwaway PostgreSQL server for the PostgreSQL store's suites (skipped when not installed).
    globalSetup: ['test/postgres-setup.ts'],
    // Suites start real servers, browsers and child processes; none of them asserts on time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    reporters: ['default', 'json'],
    // Read by .ci/run to print a plain "N passed, N failed" closing line.
    outputFile: { json: 'test-results/vitest.json' },
  },
});
