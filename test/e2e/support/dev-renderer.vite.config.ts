import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { withContentSecurityPolicy } from '../../../electron/main/content-security-policy';

// The renderer as `npm run dev` runs it, React's development build with StrictMode's double render
// and double effects, but built to files (out/renderer-dev) so a preview can serve it under the same
// Content-Security-Policy as the production build. Used by the fourth end-to-end preview.
const root = resolve(__dirname, '../../..');

const contentSecurityPolicy: Plugin = { name: 'hearth-content-security-policy', transformIndexHtml: (html) => withContentSecurityPolicy(html) };

export default defineConfig({
  root: resolve(root, 'renderer'),
  base: './',
  mode: 'development',
  // What selects React's development build in the bundle.
  define: { 'process.env.NODE_ENV': JSON.stringify('development') },
  plugins: [react(), contentSecurityPolicy],
  build: { outDir: resolve(root, 'out/renderer-dev'), emptyOutDir: true, minify: false },
  logLevel: 'warn',
});
