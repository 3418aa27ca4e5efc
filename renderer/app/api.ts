import type { InputOf, OperationName, OutputOf } from '../../shared/contract';
import type { Result } from '../../shared/errors';

// The renderer's only way to the data: one typed `invoke`, the same in Electron and in the
// browser preview. In Electron the preload exposes `window.hearth.invoke` (IPC); in the preview
// the server puts a per-page token in a <meta name="hearth-preview-token"> tag and we POST to its
// loopback bridge with it (a meta tag, not an inline script, so the page's CSP stays strict).

interface HearthBridge {
  invoke(name: string, input: unknown): Promise<Result<unknown>>;
  /** Electron only: prints the page (system dialog) or saves it as a PDF; null when nothing was printed or saved. */
  print?(output: 'printer' | 'pdf', suggestedName: string): Promise<{ pages: number } | null>;
}

declare global {
  interface Window {
    hearth?: HearthBridge;
  }
}

async function invokeOverPreview(name: string, input: unknown): Promise<Result<unknown>> {
  const token = document.querySelector<HTMLMetaElement>('meta[name="hearth-preview-token"]')?.content;
  if (!token) {
    return { ok: false, error: { code: 'internal', message: 'No bridge to the Hearth core: open the app through Electron or `npm run preview`.' } };
  }
  try {
    const response = await fetch('/api/invoke', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Hearth-Token': token },
      body: JSON.stringify({ name, input }),
    });
    return (await response.json()) as Result<unknown>;
  } catch {
    return { ok: false, error: { code: 'internal', message: 'The preview server did not answer. Is `npm run preview` still running?' } };
  }
}

/** Calls one contract operation. Never throws: failures come back as `{ ok: false, error }`. */
export async function invoke<N extends OperationName>(name: N, input: InputOf<N>): Promise<Result<OutputOf<N>>> {
  const bridge = window.hearth;
  const result = bridge ? await bridge.invoke(name, input) : await invokeOverPreview(name, input);
  return result as Result<OutputOf<N>>;
}
