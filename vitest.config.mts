import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Each test file gets its own temporary SQLite file; two cores, so two workers.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
