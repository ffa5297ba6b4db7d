import { pathToFileURL } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStoryStylesheet } from '../../../electron/export/story-stylesheet.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../electron/shell/content-security-policy.ts';
import { stylesheetHashSource } from '../../../shared/render/content-security-policy.ts';
import { electron, FakeWebContents } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { blockRemoteRequests, setupSecurity } = await import('../../../electron/shell/security.ts');

const rendererFolder = '/app/out/renderer';
const ownPage = 'app://copydesk/index.html';
const session = electron.session.defaultSession;

function newContents(): FakeWebContents {
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', {}, contents);
  return contents;
}

beforeAll(() => {
  setupSecurity({ renderer: { kind: 'app', folder: rendererFolder } });
});

beforeEach(() => {
  electron.dialog.showMessageBox.mockClear();
  electron.shell.openExternal.mockClear();
});

describe('setupSecurity(): navigation', () => {
  it('lets the window reload its own page', () => {
    expect(newContents().navigate('will-navigate', `${ownPage}#story`)).toBe(false);
  });

  it('blocks navigation to any other page, local or remote', () => {
    const contents = newContents();
    expect(contents.navigate('will-navigate', 'https://example.com/')).toBe(true);
    expect(contents.navigate('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.navigate('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(contents.navigate('will-navigate', 'app://copydesk/assets/index.js')).toBe(true);
    // Not even to our own page from file://, which would give it the run of the disk.
    expect(contents.navigate('will-navigate', pathToFileURL(`${rendererFolder}/index.html`).href)).toBe(true);
  });

  it('blocks redirects of the page away from our own', () => {
    expect(newContents().navigate('will-redirect', 'https://example.com/')).toBe(true);
  });

  it('lets the preview frame show inline documents but nothing from elsewhere', () => {
    const contents = newContents();
    expect(contents.navigate('will-frame-navigate', 'about:srcdoc', false)).toBe(false);
    expect(contents.navigate('will-frame-navigate', 'https://example.com/', false)).toBe(true);
    expect(contents.navigate('will-frame-navigate', 'file:///home/someone/notes.html', false)).toBe(true);
  });

  it('offers to open a blocked web link in the browser, and opens it only if the user agrees', async () => {
    const contents = newContents();
    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    contents.navigate('will-navigate', 'https://apnews.com/article/1');
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://apnews.com/article/1'));

    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 1, checkboxChecked: false });
    contents.navigate('will-navigate', 'https://example.com/');
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledTimes(2));
    expect(electron.shell.openExternal).toHaveBeenCalledTimes(1);
  });

  it('never offers to open anything but http(s) links', async () => {
    newContents().navigate('will-navigate', 'file:///etc/passwd');
    newContents().navigate('will-navigate', 'smb://server/share');
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();
  });
});

describe('setupSecurity(): new windows', () => {
  it('denies window.open, even for our own page', () => {
    const contents = newContents();
    expect(contents.windowOpenHandler?.({ url: ownPage })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });

  it('refuses to attach <webview> tags', () => {
    const contents = newContents();
    let prevented = false;
    contents.emit('will-attach-webview', { preventDefault: () => (prevented = true) }, {}, {});
    expect(prevented).toBe(true);
  });

  it('picks no Bluetooth device, where Electron would take the first one found', () => {
    const contents = newContents();
    const callback = vi.fn();
    let prevented = false;
    contents.emit('select-bluetooth-device', { preventDefault: () => (prevented = true) }, [{ deviceId: 'headset' }], callback);
    expect(prevented).toBe(true);
    expect(callback).toHaveBeenCalledWith('');
  });
});

describe('setupSecurity(): permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('denies a request for %s', (permission) => {
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers every permission check and device request with no', () => {
    expect(session.permissionCheckHandler?.({}, 'media', ownPage, {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });

  it('refuses screen capture', () => {
    const callback = vi.fn();
    session.displayMediaRequestHandler?.({ videoRequested: true }, callback);
    expect(callback).toHaveBeenCalledWith(null);
  });

  it.each([
    ['select-hid-device', (callback: unknown) => [{ deviceList: [{ deviceId: 'pad' }] }, callback], null],
    ['select-serial-port', (callback: unknown) => [[{ portId: 'modem' }], {}, callback], ''],
    ['select-usb-device', (callback: unknown) => [{ deviceList: [{ deviceId: 'stick' }] }, callback], undefined],
  ] as const)('cancels the %s picker without choosing', (event, args, cancelled) => {
    const callback = vi.fn();
    let prevented = false;
    session.emit(event, { preventDefault: () => (prevented = true) }, ...args(callback));
    expect(prevented).toBe(true);
    expect(callback).toHaveBeenCalledTimes(1);
    expect(callback.mock.calls[0]![0]).toBe(cancelled);
  });

  it('writes no download the page starts', () => {
    let prevented = false;
    session.emit('will-download', { preventDefault: () => (prevented = true) }, { getURL: () => 'data:text/plain,x' }, {});
    expect(prevented).toBe(true);
  });
});

describe('setupSecurity(): no remote content', () => {
  const answer = (requests: typeof session, url: string) => {
    let response: { cancel?: boolean } = {};
    requests.beforeRequest?.({ url }, (given) => (response = given));
    return response.cancel;
  };

  it('lets the page reach its own files, story media and inline data', () => {
    expect(answer(session, 'app://copydesk/assets/index.js')).toBe(false);
    expect(answer(session, 'copydesk-media://01hzy3k7d8q9r2s4t6v8w0x2yz/a.png')).toBe(false);
    expect(answer(session, 'data:image/png;base64,AAAA')).toBe(false);
  });

  it('cancels every request to the network or the disk, whatever the policy says', () => {
    for (const url of ['https://example.com/pixel.gif', 'http://127.0.0.1:8080/', 'wss://example.com/', 'ftp://example.com/', 'file:///etc/passwd', 'not a url']) {
      expect(answer(session, url)).toBe(true);
    }
  });

  it('lets the dev server and its hot-reload socket through while developing, and nothing else', () => {
    const devSession = electron.session.fromPartition('security-dev-server');
    blockRemoteRequests(devSession as never, { kind: 'dev-server', url: 'http://localhost:5173/' });
    expect(answer(devSession, 'http://localhost:5173/src/main.tsx')).toBe(false);
    expect(answer(devSession, 'ws://localhost:5173/')).toBe(false);
    expect(answer(devSession, 'http://localhost:5174/')).toBe(true);
    expect(answer(devSession, 'https://example.com/')).toBe(true);
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
  it('allows nothing from the network, no inline or evaluated script and no plugins', () => {
    for (const loose of ['http:', 'https:', '*', "'unsafe-inline'", "'unsafe-eval'", 'blob:', 'file:']) {
      expect(CONTENT_SECURITY_POLICY.split(/[ ;]+/)).not.toContain(loose);
    }
    expect(CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
  });

  it('allows nothing by default and only our own scripts, styles and media, and the story stylesheet by its hash', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'none'; script-src 'self'; " +
        `style-src 'self' ${stylesheetHashSource(loadStoryStylesheet())}; img-src 'self' data: copydesk-media:; ` +
        "media-src 'self' copydesk-media:; font-src 'self'; connect-src 'self'; base-uri 'none'; " +
        "form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no inline style but the story stylesheet (which the preview iframe inherits the policy for)', () => {
    const styleSources = /style-src ([^;]*)/.exec(CONTENT_SECURITY_POLICY)![1]!.split(' ');
    expect(styleSources).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]{43}='$/)]);
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-inline');
  });

  it('leaves out frame-ancestors for a <meta> policy, which cannot carry it', () => {
    expect(contentSecurityPolicy(loadStoryStylesheet(), { delivery: 'meta' })).toBe(
      CONTENT_SECURITY_POLICY.replace("; frame-ancestors 'none'", ''),
    );
  });

  it('follows the stylesheet it is given', () => {
    expect(contentSecurityPolicy('p { color: red }')).toContain(`style-src 'self' ${stylesheetHashSource('p { color: red }')};`);
    expect(contentSecurityPolicy('p { color: red }')).not.toBe(CONTENT_SECURITY_POLICY);
  });
});
