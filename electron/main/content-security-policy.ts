/**
 * The renderer's Content-Security-Policy. The Electron window loads the page from file://, where no
 * server sends headers, so the build writes it into the page as a <meta> (electron.vite.config.ts;
 * the preview server also sends it as a header). Only the app's own scripts run: no inline script,
 * no eval, no plugin, no other origin; styles may be inline (Mantine sets them at run time).
 */
export const RENDERER_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'";

/** The page with the policy as the first element of its <head>; a page without one is refused, never built unprotected. */
export function withContentSecurityPolicy(html: string): string {
  if (!/<head>/i.test(html)) throw new Error('The renderer page has no <head> to put its Content-Security-Policy in.');
  return html.replace(/<head>/i, `<head>\n    <meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`);
}
