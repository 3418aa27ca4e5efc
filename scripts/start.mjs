// `npm start`: the Electron app in development mode. Electron's npm package fetches its binary at
// install (or at first use); where that cannot happen (no internet, ELECTRON_SKIP_BINARY_DOWNLOAD),
// say so in one sentence instead of a stack trace.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));

function hasElectronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()));
}

if (!hasElectronBinary()) {
  console.log("Fetching Electron's binary (first start only)...");
  spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: 'ignore', env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '' } });
}
if (!hasElectronBinary()) {
  console.error("Electron's binary is not installed and could not be downloaded, so the desktop window cannot open: run `npm run preview` to use Hearth in a browser instead.");
  process.exit(1);
}

// Node itself runs electron-vite's CLI: no shell, the same on Windows, macOS and Linux.
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin', 'electron-vite.js');
const child = spawn(process.execPath, [electronVite, 'dev'], { stdio: 'inherit' });
child.on('exit', (code) => process.exit(code ?? 0));
