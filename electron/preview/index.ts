import { resolve } from 'node:path';
import { createCore, explainUnavailable } from '../core/core';
import { readPreviewOptions } from './preview-options';
import { startPreviewServer } from './preview-server';

/**
 * `npm run preview`: the app in a browser, against the same core, for machines without Electron's
 * binary and for the end-to-end tests. Data: HEARTH_DATA_DIR, else .hearth-preview/ in the project.
 * Options: --port N or HEARTH_PREVIEW_PORT (default: a free port); HEARTH_IDLE_LOCK_SECONDS overrides
 * the idle-lock delay; HEARTH_RENDERER_DIR serves another build of the renderer (the end-to-end
 * tests' React development build). A bad value stops the start with one sentence on stderr and exit code 1.
 */
async function main(): Promise<void> {
  const projectRoot = resolve(__dirname, '../..');
  const dataDir = process.env.HEARTH_DATA_DIR || resolve(projectRoot, '.hearth-preview');
  const options = readPreviewOptions(process.argv.slice(2), process.env);
  if (!options.ok) {
    console.error(options.problem);
    process.exit(1);
  }
  const { port, idleLockSecondsOverride } = options.value;

  const core = await createCore({ dataDir, appVersion: process.env.npm_package_version, idleLockSecondsOverride });
  if (core.state !== 'ready') console.error(explainUnavailable(core));
  const server = await startPreviewServer({
    dispatch: core.dispatch,
    rendererDir: process.env.HEARTH_RENDERER_DIR ? resolve(process.env.HEARTH_RENDERER_DIR) : resolve(projectRoot, 'out/renderer'),
    port,
    onPageForgotten: core.state === 'ready' ? (channelId) => core.services.sessions.end(channelId) : undefined,
  });
  console.log(`Hearth preview: ${server.url}  (data: ${core.databasePath}; Ctrl+C to stop)`);

  const stop = async () => {
    await server.close();
    await core.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

void main().catch((error: unknown) => {
  console.error('The preview could not start:', error);
  process.exit(1);
});
