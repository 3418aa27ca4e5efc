import { resolve } from 'node:path';
import { createCore, explainUnavailable } from '../core/core';
import { startPreviewServer } from './preview-server';

/**
 * `npm run preview`: the app in a browser, against the same core, for machines without Electron's
 * binary and for the end-to-end tests. Data: HEARTH_DATA_DIR, else .hearth-preview/ in the project.
 * Options: --port N (default: a free port); HEARTH_IDLE_LOCK_SECONDS overrides the idle-lock delay.
 */
async function main(): Promise<void> {
  const projectRoot = resolve(__dirname, '../..');
  const dataDir = process.env.HEARTH_DATA_DIR || resolve(projectRoot, '.hearth-preview');
  const portArgument = process.argv.indexOf('--port');
  const port = portArgument > 0 ? Number(process.argv[portArgument + 1]) : Number(process.env.HEARTH_PREVIEW_PORT ?? 0);
  const idleOverride = process.env.HEARTH_IDLE_LOCK_SECONDS ? Number(process.env.HEARTH_IDLE_LOCK_SECONDS) : undefined;

  const core = await createCore({ dataDir, appVersion: process.env.npm_package_version, idleLockSecondsOverride: idleOverride });
  if (core.state !== 'ready') console.error(explainUnavailable(core));
  const server = await startPreviewServer({
    dispatch: core.dispatch,
    rendererDir: resolve(projectRoot, 'out/renderer'),
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
