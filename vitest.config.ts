import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    // Suites start real servers, browsers and child processes; none of them asserts on time.
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
