import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOwnPageUrl, rendererLocation } from '../../../electron/shell/renderer-location.ts';

const builtRendererFolder = '/app/out/renderer';

describe('rendererLocation()', () => {
  it('serves the built renderer by default', () => {
    expect(rendererLocation({ builtRendererFolder, isPackaged: false })).toEqual({ kind: 'app', folder: builtRendererFolder });
  });

  it('uses the dev server electron-vite names while developing', () => {
    expect(rendererLocation({ builtRendererFolder, devServerUrl: 'http://localhost:5173', isPackaged: false })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173',
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, so nobody can point the window elsewhere', () => {
    expect(rendererLocation({ builtRendererFolder, devServerUrl: 'https://evil.example', isPackaged: true }).kind).toBe('app');
  });
});

describe('isOwnPageUrl()', () => {
  const built = rendererLocation({ builtRendererFolder, isPackaged: true });
  const dev = rendererLocation({ builtRendererFolder, devServerUrl: 'http://localhost:5173/', isPackaged: false });

  it('accepts the built page at app://copydesk/index.html with any query or fragment', () => {
    expect(isOwnPageUrl(built, 'app://copydesk/index.html?story=1#/story/x')).toBe(true);
  });

  it('refuses any other page, even of our own origin, and the built page from file://', () => {
    expect(isOwnPageUrl(built, 'app://copydesk/other.html')).toBe(false);
    expect(isOwnPageUrl(built, 'app://copydesk/index.html.evil')).toBe(false);
    expect(isOwnPageUrl(built, 'app://elsewhere/index.html')).toBe(false);
    expect(isOwnPageUrl(built, pathToFileURL(`${builtRendererFolder}/index.html`).href)).toBe(false);
  });

  it('accepts only the dev server origin while developing', () => {
    expect(isOwnPageUrl(dev, 'http://localhost:5173/src/views/x.html')).toBe(true);
    expect(isOwnPageUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isOwnPageUrl(dev, 'app://copydesk/index.html')).toBe(false);
  });

  it('refuses things that are not URLs', () => {
    expect(isOwnPageUrl(built, '')).toBe(false);
    expect(isOwnPageUrl(built, 'not a url')).toBe(false);
    expect(isOwnPageUrl(dev, 'not a url')).toBe(false);
  });
});
