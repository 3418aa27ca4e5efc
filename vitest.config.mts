import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/unit/**/*.test.ts', 'test/integration/**/*.test.ts'],
    benchmark: { include: ['bench/**/*.bench.ts'] },
    environment: 'node',
    // Each test file gets its own temporary SQLite file; two cores, so two workers.
    maxWorkers: 2,
    testTimeout: 30_000,
    // A core opened without an explicit audit key store keeps its key in the user's configuration
    // folder: in tests, a temporary one, never the real home.
    env: { XDG_CONFIG_HOME: join(tmpdir(), 'hearth-vitest-config') },
  },
});
