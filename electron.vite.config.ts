import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { withContentSecurityPolicy } from './electron/main/content-security-policy';

/**
 * The renderer's Content-Security-Policy as a <meta> in the built page (see the module for why).
 * Not in development: the dev server's hot-reload preamble is an inline script.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'hearth-content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) => withContentSecurityPolicy(html),
  };
}

// Three builds: the Electron main process (plus the plain-Node preview server and CLI, which share
// the core with it), the preload bridge, and the React renderer.
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'electron/main/index.ts'),
          preview: resolve(__dirname, 'electron/preview/index.ts'),
          cli: resolve(__dirname, 'electron/cli/index.ts'),
        },
      },
    },
  },
  preload: {
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/preload/index.ts') },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    build: {
      rollupOptions: {
        input: { index: resolve(__dirname, 'renderer/index.html') },
      },
    },
    plugins: [react(), contentSecurityPolicy()],
  },
});
