import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { RENDERER_CSP, withContentSecurityPolicy } from '../../../electron/main/content-security-policy';

const directives = new Map(RENDERER_CSP.split(';').map((part) => {
  const [name, ...sources] = part.trim().split(/\s+/);
  return [name, sources] as const;
}));

test('the page runs only its own scripts: no inline script, no eval, no plugin, no other origin', () => {
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
  expect(directives.get('base-uri')).toEqual(["'none'"]);
  for (const [name, sources] of directives) {
    expect(sources, name).not.toContain("'unsafe-eval'");
    expect(sources, name).not.toContain('*');
    expect(sources.filter((source) => /^(https?|wss?):/.test(source)), name).toEqual([]);
  }
});

test('the built page carries the policy as the first element of its head', () => {
  const page = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8');
  const built = withContentSecurityPolicy(page);
  const meta = `<meta http-equiv="Content-Security-Policy" content="${RENDERER_CSP}" />`;
  expect(built).toContain(`<head>\n    ${meta}`);
  expect(built.indexOf(meta)).toBeLessThan(built.indexOf('<script'));
  expect(built.split(meta)).toHaveLength(2);
});

test('a page without a head is refused rather than built without its policy', () => {
  expect(() => withContentSecurityPolicy('<html><body><script src="x.js"></script></body></html>')).toThrow(/no <head>/);
});
