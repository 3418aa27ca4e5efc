// `npm run fuzz`: the fuzz property test at 1,000 runs per operation (CI runs 200), printing the
// counts per operation. `npm run fuzz -- 5000` runs more; FUZZ_SEED=<seed> replays a failure.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const runs = process.argv[2] ?? process.env.FUZZ_RUNS ?? '1000';
if (!/^\d+$/.test(runs) || Number(runs) < 1) {
  console.error(`The number of runs per operation must be a whole number of 1 or more, not "${runs}".`);
  process.exit(1);
}

// Node itself runs Vitest's CLI: no shell, so the environment variable is set the same way on Windows.
const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
const child = spawn(process.execPath, [vitest, 'run', 'test/integration/fuzz-operations.test.ts'], { stdio: 'inherit', env: { ...process.env, FUZZ_RUNS: runs } });
child.on('exit', (code) => process.exit(code ?? 1));
