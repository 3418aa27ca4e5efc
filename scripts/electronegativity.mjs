// `npm run electronegativity`: Doyensec's Electronegativity over the Electron code, with the checks
// waived in electronegativity.config.json (each with its reason). Exits with 1 on any finding, on any
// file the tool could not parse, or if the tool itself fails: a scan that did not happen never passes.
//   node scripts/electronegativity.mjs [--input <dir>] [--config <file>]
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import run from '@doyensec/electronegativity';

const require = createRequire(import.meta.url);
const { values } = parseArgs({ options: { input: { type: 'string' }, config: { type: 'string', default: 'electronegativity.config.json' } } });
const config = JSON.parse(readFileSync(values.config, 'utf8'));
const input = resolve(values.input ?? config.input);
const waived = Object.entries(config.waived ?? {});
for (const [check, reason] of waived) {
  if (typeof reason !== 'string' || reason.trim() === '') fail(`The waiver of ${check} in ${values.config} gives no reason.`);
}
// The installed Electron, so the tool neither guesses nor looks it up online.
const electronVersion = require('electron/package.json').version;
const report = join(tmpdir(), `hearth-electronegativity-${process.pid}.sarif`);

let result;
try {
  result = await run({
    input,
    output: report,
    isSarif: true,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: waived.map(([check]) => check.toLowerCase()),
  });
} catch (error) {
  fail(`Electronegativity could not run: ${error instanceof Error ? error.message : String(error)}`);
}

const { errors, issues, atomicChecks, globalChecks } = result;
if (atomicChecks + globalChecks === 0) fail('Electronegativity ran no check.');
for (const error of errors) console.error(`Could not parse ${error.file}: ${error.message}`);
for (const issue of issues) {
  console.error(`${issue.id} (${issue.severity.name}, ${issue.confidence.name}) ${issue.file}:${issue.location.line}:${issue.location.column} ${issue.description}`);
}
if (errors.length > 0 || issues.length > 0) {
  fail(`Electronegativity: ${issues.length} finding(s), ${errors.length} unparsed file(s) in ${input} (report: ${report}). Fix them, or waive a false positive in ${values.config} with its reason.`);
}
rmSync(report, { force: true });
console.log(`Electronegativity ${require('@doyensec/electronegativity/package.json').version}: ${atomicChecks + globalChecks} checks over ${input} for Electron ${electronVersion}, no finding; waived: ${waived.map(([check]) => check).join(', ') || 'none'}.`);

function fail(message) {
  console.error(message);
  process.exit(1);
}
