import { parseIdleLockSeconds, parsePort, type StartUpValue } from '../core/config/start-up-values';

export interface PreviewOptions {
  port: number;
  idleLockSecondsOverride: number | undefined;
}

/** `--port N` wins over HEARTH_PREVIEW_PORT; HEARTH_IDLE_LOCK_SECONDS overrides the idle lock. The first bad value is refused. */
export function readPreviewOptions(argv: readonly string[], env: NodeJS.ProcessEnv): StartUpValue<PreviewOptions> {
  const portAt = argv.indexOf('--port');
  const port = portAt >= 0 ? parsePort(argv[portAt + 1] ?? '', '--port') : parsePort(env.HEARTH_PREVIEW_PORT, 'HEARTH_PREVIEW_PORT');
  if (!port.ok) return port;
  const idle = parseIdleLockSeconds(env.HEARTH_IDLE_LOCK_SECONDS);
  if (!idle.ok) return idle;
  return { ok: true, value: { port: port.value, idleLockSecondsOverride: idle.value } };
}
