import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isOwnPageUrl, rendererLocation } from '../../../electron/shell/renderer-location.ts';

const builtIndexHtml = '/app/out/renderer/index.html';

describe('rendererLocation()', () => {
  it('uses the built renderer by default', () => {
    expect(rendererLocation({ builtIndexHtml, isPackaged: false })).toEqual({ kind: 'file', indexHtml: builtIndexHtml });
  });

  it('uses the dev server electron-vite names while developing', () => {
    expect(rendererLocation({ builtIndexHtml, devServerUrl: 'http://localhost:5173', isPackaged: false })).toEqual({
      kind: 'dev-server',
      url: 'http://localhost:5173',
    });
  });

  it('ignores ELECTRON_RENDERER_URL in a packaged app, so nobody can point the window elsewhere', () => {
    expect(rendererLocation({ builtIndexHtml, devServerUrl: 'https://evil.example', isPackaged: true }).kind).toBe('file');
  });
});

describe('isOwnPageUrl()', () => {
  const built = rendererLocation({ builtIndexHtml, isPackaged: true });
  const dev = rendererLocation({ builtIndexHtml, devServerUrl: 'http://localhost:5173/', isPackaged: false });

  it('accepts the built page with any query or fragment', () => {
    expect(isOwnPageUrl(built, `${pathToFileURL(builtIndexHtml).href}?story=1#top`)).toBe(true);
  });

  it('refuses any other file, even beside ours', () => {
    expect(isOwnPageUrl(built, pathToFileURL('/app/out/renderer/other.html').href)).toBe(false);
    expect(isOwnPageUrl(built, 'file:///app/out/renderer/../renderer/index.html.evil')).toBe(false);
    expect(isOwnPageUrl(built, 'file://remote-host/app/out/renderer/index.html')).toBe(false);
  });

  it('accepts only the dev server origin while developing', () => {
    expect(isOwnPageUrl(dev, 'http://localhost:5173/src/views/x.html')).toBe(true);
    expect(isOwnPageUrl(dev, 'http://localhost:5174/')).toBe(false);
    expect(isOwnPageUrl(dev, pathToFileURL(builtIndexHtml).href)).toBe(false);
  });

  it('refuses things that are not URLs', () => {
    expect(isOwnPageUrl(built, '')).toBe(false);
    expect(isOwnPageUrl(built, 'not a url')).toBe(false);
  });
});
