import { pathToFileURL } from 'node:url';
import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { loadStoryStylesheet } from '../../../electron/export/story-stylesheet.ts';
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from '../../../electron/shell/content-security-policy.ts';
import { stylesheetHashSource } from '../../../shared/render/content-security-policy.ts';
import { electron, FakeWebContents } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { setupSecurity, withContentSecurityPolicy } = await import('../../../electron/shell/security.ts');

const indexHtml = '/app/out/renderer/index.html';
const ownPage = pathToFileURL(indexHtml).href;
const session = electron.session.defaultSession;

function newContents(): FakeWebContents {
  const contents = new FakeWebContents();
  electron.app.emit('web-contents-created', {}, contents);
  return contents;
}

beforeAll(() => {
  setupSecurity({ renderer: { kind: 'file', indexHtml } });
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
});

describe('setupSecurity(): permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])('denies a request for %s', (permission) => {
    const callback = vi.fn();
    session.permissionRequestHandler?.({}, permission, callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('answers every permission check and device request with no', () => {
    expect(session.permissionCheckHandler?.({}, 'media', 'file:///', {})).toBe(false);
    expect(session.devicePermissionHandler?.({ deviceType: 'usb' })).toBe(false);
  });
});

describe('setupSecurity(): Content Security Policy', () => {
  it('sends the strict policy with our own page, replacing any other', () => {
    const callback = vi.fn();
    session.headersReceived?.({ url: ownPage, responseHeaders: { 'content-security-policy': ["default-src *"] } }, callback);
    expect(callback).toHaveBeenCalledWith({ responseHeaders: { 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });

  it('leaves other responses alone', () => {
    const callback = vi.fn();
    session.headersReceived?.({ url: 'copydesk-media://x/y.png', responseHeaders: {} }, callback);
    expect(callback).toHaveBeenCalledWith({});
  });

  it('keeps the headers that are not a policy', () => {
    expect(withContentSecurityPolicy({ 'Content-Type': ['text/html'] })).toEqual({
      'Content-Type': ['text/html'],
      'Content-Security-Policy': [CONTENT_SECURITY_POLICY],
    });
  });
});

describe('CONTENT_SECURITY_POLICY', () => {
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
