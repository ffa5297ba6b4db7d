// The built renderer served at app://copydesk/ instead of file:// (Electron's security checklist, item 18):
// its files and nothing else, each with the app's Content Security Policy.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/shell/content-security-policy.ts';
import { electron } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { APP_SCHEME_PRIVILEGES, contentTypeOf, serveAppFile, setupAppProtocol } = await import('../../../electron/shell/app-protocol.ts');
const { appFilePath, appPageUrl, isAppPageUrl } = await import('../../../electron/shell/app-url.ts');
const { registerPrivilegedSchemes } = await import('../../../electron/shell/privileged-schemes.ts');

let root: string;
let renderer: string;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'copydesk-app-'));
  renderer = join(root, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(join(renderer, 'assets', 'index-abc123.js'), 'export {};');
  await writeFile(join(renderer, 'assets', 'index-abc123.css'), 'body {}');
  await writeFile(join(renderer, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  // Things beside the served folder that no address may reach.
  await writeFile(join(root, 'secret.txt'), 'not for the page');
  await mkdir(join(root, 'renderer-private'));
  await writeFile(join(root, 'renderer-private', 'secret.txt'), 'not for the page');
});

afterAll(() => rm(root, { recursive: true, force: true }));

function get(url: string, method = 'GET') {
  return serveAppFile({ folder: renderer, host: 'copydesk', headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } }, { url, method });
}

describe('registerPrivilegedSchemes()', () => {
  it('registers app: and copydesk-media: in one call, since a second call would drop the first', () => {
    registerPrivilegedSchemes();
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    const schemes = electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0] as { scheme: string }[];
    expect(schemes.map((scheme) => scheme.scheme)).toEqual(['app', 'copydesk-media']);
  });

  it('makes app: a standard, secure origin, readable by no other origin and still under the page’s policy', () => {
    expect(APP_SCHEME_PRIVILEGES).toEqual({ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } });
    // Spelled out: the privileges that would weaken it are absent.
    const privileges: Record<string, unknown> = { ...APP_SCHEME_PRIVILEGES.privileges };
    for (const weakening of ['bypassCSP', 'corsEnabled', 'allowServiceWorkers']) expect(privileges[weakening]).toBeUndefined();
  });
});

describe('setupAppProtocol()', () => {
  it('answers app://copydesk/ from the built renderer folder, with the app’s policy and no type sniffing', async () => {
    setupAppProtocol(renderer);
    const handler = electron.protocol.handlers.get('app')!;
    const response = await handler(new Request(appPageUrl('/story/01m8fzr48d71xyqer7h1g72yw3')));
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('<!doctype html><title>Copydesk</title>');
    expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});

describe('serveAppFile()', () => {
  it('serves the page, its module scripts, styles and icon with their types', async () => {
    const page = await get('app://copydesk/index.html');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    // A module script (and the lint worker) is refused by Chromium unless served as JavaScript.
    const script = await get('app://copydesk/assets/index-abc123.js');
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(await script.text()).toBe('export {};');
    expect((await get('app://copydesk/assets/index-abc123.css')).headers.get('content-type')).toBe('text/css; charset=utf-8');
    expect((await get('app://copydesk/favicon.svg')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('sends the policy with every answer, refusals included', async () => {
    for (const url of ['app://copydesk/index.html', 'app://copydesk/assets/index-abc123.js', 'app://copydesk/missing.js']) {
      expect((await get(url)).headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
  });

  it.each([
    ['app://copydesk/..%2Fsecret.txt'],
    ['app://copydesk/..%2F..%2F..%2F..%2F..%2Fetc%2Fpasswd'],
    ['app://copydesk/%2e%2e%2fsecret.txt'],
    ['app://copydesk/assets/..%2F..%2Fsecret.txt'],
    ['app://copydesk/..%5Csecret.txt'],
    ['app://copydesk/%2e%2e/secret.txt'],
    ['app://copydesk/../renderer-private/secret.txt'],
    ['app://copydesk/..%2Frenderer-private%2Fsecret.txt'],
    ['app://copydesk/C:%5CWindows%5Cwin.ini'],
    ['app://copydesk/index.html%00.js'],
    ['app://copydesk/%zz'],
    ['app://elsewhere/index.html'],
    ['app://copydesk:8080/index.html'],
    ['app://someone@copydesk/index.html'],
    ['file:///etc/passwd'],
  ])('refuses %s, which names nothing inside the renderer folder', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('not for the page');
  });

  it('answers 404 for a folder or a file that is not there', async () => {
    expect((await get('app://copydesk/')).status).toBe(404);
    expect((await get('app://copydesk/assets')).status).toBe(404);
    expect((await get('app://copydesk/assets/other.js')).status).toBe(404);
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get('app://copydesk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('38');
    expect(head.body).toBeNull();
    expect((await get('app://copydesk/index.html', 'POST')).status).toBe(405);
  });
});

describe('appFilePath()', () => {
  it('maps an address to the file inside the folder', () => {
    expect(appFilePath('/app/out/renderer', 'app://copydesk/assets/index.js?v=1#x', 'copydesk')).toBe(join('/app/out/renderer', 'assets', 'index.js'));
    expect(appFilePath('/tmp/page', 'app://page-1f/media/a%20b.png', 'page-1f')).toBe(join('/tmp/page', 'media', 'a b.png'));
  });

  it('refuses encoded slashes and dot segments, NULs and colons even where they would land inside the folder', () => {
    for (const disguised of ['assets/..%2Findex.html', 'assets%2Findex.js', '.%2Findex.html', 'index.html%00', 'index.html:stream', 'assets%5Cindex.js']) {
      expect(appFilePath('/app/out/renderer', `app://copydesk/${disguised}`, 'copydesk'), disguised).toBeNull();
    }
  });

  it('answers null for the folder itself and for any other host', () => {
    expect(appFilePath('/app/out/renderer', 'app://copydesk/', 'copydesk')).toBeNull();
    expect(appFilePath('/app/out/renderer', 'app://copydesk/index.html', 'page-1f')).toBeNull();
  });
});

describe('isAppPageUrl() and appPageUrl()', () => {
  it('knows the page with any fragment or query, and nothing else', () => {
    expect(appPageUrl()).toBe('app://copydesk/index.html');
    expect(isAppPageUrl('app://copydesk/index.html#/story/x')).toBe(true);
    expect(isAppPageUrl('app://copydesk/index.html?x=1')).toBe(true);
    expect(isAppPageUrl('app://copydesk/other.html')).toBe(false);
    expect(isAppPageUrl('app://copydesk.evil/index.html')).toBe(false);
    expect(isAppPageUrl('file:///app/out/renderer/index.html')).toBe(false);
    expect(isAppPageUrl('not a url')).toBe(false);
  });
});

describe('contentTypeOf()', () => {
  it('knows the web types and the story media types, and calls anything else plain bytes', () => {
    expect(contentTypeOf('a/worker.MJS')).toBe('text/javascript; charset=utf-8');
    expect(contentTypeOf('media/abc.webp')).toBe('image/webp');
    expect(contentTypeOf('media/abc.mp4')).toBe('video/mp4');
    expect(contentTypeOf('notes.exe')).toBe('application/octet-stream');
  });
});
