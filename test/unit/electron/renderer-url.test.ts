import { describe, expect, test } from 'vitest';
import { chooseRendererUrl, isOwnPageUrl } from '../../../electron/main/renderer-url';

const BUILT = 'file:///opt/Hearth/resources/app.asar/out/renderer/index.html';
const DEV = 'http://localhost:5173/';

describe('which page the window loads', () => {
  test('an installed Hearth loads its own built page even when ELECTRON_RENDERER_URL is set', () => {
    expect(chooseRendererUrl({ isPackaged: true, devServerUrl: 'https://evil.example/', builtPageUrl: BUILT })).toBe(BUILT);
    expect(chooseRendererUrl({ isPackaged: true, devServerUrl: DEV, builtPageUrl: BUILT })).toBe(BUILT);
  });

  test('in development it loads the dev server that npm start names, else the built page', () => {
    expect(chooseRendererUrl({ isPackaged: false, devServerUrl: DEV, builtPageUrl: BUILT })).toBe(DEV);
    expect(chooseRendererUrl({ isPackaged: false, devServerUrl: 'http://127.0.0.1:5174', builtPageUrl: BUILT })).toBe('http://127.0.0.1:5174/');
    expect(chooseRendererUrl({ isPackaged: false, devServerUrl: undefined, builtPageUrl: BUILT })).toBe(BUILT);
    expect(chooseRendererUrl({ isPackaged: false, devServerUrl: '', builtPageUrl: BUILT })).toBe(BUILT);
  });

  test('in development a dev server on another computer, another scheme or no URL at all is refused with a sentence', () => {
    for (const devServerUrl of ['https://evil.example/', 'http://192.168.1.20:5173/', 'file:///tmp/page.html', 'javascript:alert(1)', 'localhost:5173', 'not a url']) {
      expect(() => chooseRendererUrl({ isPackaged: false, devServerUrl, builtPageUrl: BUILT }), devServerUrl).toThrow(/ELECTRON_RENDERER_URL must be a development server on this computer/);
    }
  });
});

describe('which URLs are the app’s own page', () => {
  test('the built page is that very file, with any route after it', () => {
    expect(isOwnPageUrl(BUILT, BUILT)).toBe(true);
    expect(isOwnPageUrl(`${BUILT}#/residents`, BUILT)).toBe(true);
    expect(isOwnPageUrl(`${BUILT}?x=1`, BUILT)).toBe(true);
  });

  test('another file, a file on another host, a web page or a data URL is not the built page', () => {
    for (const url of [
      'file:///opt/Hearth/resources/app.asar/out/renderer/other.html',
      'file:///etc/passwd',
      'file://server/opt/Hearth/resources/app.asar/out/renderer/index.html',
      'https://example.com/',
      'data:text/html,<h1>hi</h1>',
      'about:blank',
    ]) {
      expect(isOwnPageUrl(url, BUILT), url).toBe(false);
    }
  });

  test('with the dev server, any path of its origin is the app, another port or host is not', () => {
    expect(isOwnPageUrl('http://localhost:5173/#/staff', DEV)).toBe(true);
    expect(isOwnPageUrl('http://localhost:5174/', DEV)).toBe(false);
    expect(isOwnPageUrl('http://127.0.0.1:5173/', DEV)).toBe(false);
    expect(isOwnPageUrl('https://localhost:5173/', DEV)).toBe(false);
  });

  test('a missing or unreadable URL is never the app’s own', () => {
    expect(isOwnPageUrl(undefined, BUILT)).toBe(false);
    expect(isOwnPageUrl('', BUILT)).toBe(false);
    expect(isOwnPageUrl('::not a url::', BUILT)).toBe(false);
  });
});
