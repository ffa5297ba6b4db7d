// What web content may do inside Copydesk: stay on our own page, open no windows, attach no webviews, get no
// permission or device, download nothing, and reach nothing but the app's own files. Guards every web contents
// the app creates, not only the main window, so a future window or frame cannot be forgotten. The page's
// Content Security Policy travels with the page itself (app-protocol.ts).

import { app, BrowserWindow, dialog, session as electronSession, shell, type Session, type WebContents } from 'electron';
import { APP_SCHEME } from './app-url.ts';
import { MEDIA_SCHEME } from './media-url.ts';
import { isHttpUrl, isOwnPageUrl, type RendererLocation } from './renderer-location.ts';

export interface SecurityOptions {
  renderer: RendererLocation;
  session?: Session;
}

export function setupSecurity({ renderer, session = electronSession.defaultSession }: SecurityOptions): void {
  denyAllPermissions(session);
  blockRemoteRequests(session, renderer);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, renderer));
}

/** Keeps a web contents on our own page; links to the web may be opened in the user's browser instead. */
export function guardWebContents(contents: WebContents, renderer: RendererLocation): void {
  contents.on('will-navigate', (event) => {
    if (isOwnPageUrl(renderer, event.url)) return;
    event.preventDefault();
    void offerToOpenInBrowser(contents, event.url);
  });
  // Frames inside the page (the live preview) may show inline documents and nothing else.
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame || INLINE_FRAME_URLS.has(event.url) || isOwnPageUrl(renderer, event.url)) return;
    event.preventDefault();
    void offerToOpenInBrowser(contents, event.url);
  });
  contents.on('will-redirect', (event) => {
    if (event.isMainFrame && !isOwnPageUrl(renderer, event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    void offerToOpenInBrowser(contents, url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Web Bluetooth takes the first device it finds unless told otherwise: here, none.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
}

const INLINE_FRAME_URLS = new Set(['about:blank', 'about:srcdoc']);

// One question at a time: a page that opens links in a loop must not bury the user in dialogs.
let asking = false;

/** Asks before handing a web link to the system browser; anything that is not http(s) is dropped. */
export async function offerToOpenInBrowser(contents: WebContents, url: string): Promise<boolean> {
  if (!isHttpUrl(url) || asking) return false;
  asking = true;
  try {
    const options = {
      type: 'question' as const,
      buttons: ['Open in Browser', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
      noLink: true,
      message: 'Open this link in your web browser?',
      detail: url,
    };
    const owner = contents.isDestroyed() ? null : BrowserWindow.fromWebContents(contents);
    const { response } = owner ? await dialog.showMessageBox(owner, options) : await dialog.showMessageBox(options);
    if (response !== 0) return false;
    await shell.openExternal(url);
    return true;
  } catch (error) {
    console.warn(`Copydesk could not open ${url} in the browser:`, error);
    return false;
  } finally {
    asking = false;
  }
}

/** Every permission, device and screen capture refused, and no download written. */
export function denyAllPermissions(session: Session): void {
  // Camera, microphone, location, notifications, MIDI, HID, serial …: an offline story editor needs none.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setDisplayMediaRequestHandler((_request, callback) => callback(null));
  // Device pickers: an empty answer cancels the request.
  session.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback(null);
  });
  session.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  session.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback?.();
  });
  // Exports go through the bridge and a save dialog; a link the page offers for download writes nothing.
  session.on('will-download', (event) => event.preventDefault());
}

/**
 * Nothing from the network, behind the page's policy: requests may reach the app's own files, story media
 * and inline data, and nothing else. While developing, electron-vite's dev server (and its hot-reload socket)
 * too. DevTools, opened from the View menu, loads from devtools:.
 */
export function blockRemoteRequests(session: Session, renderer: RendererLocation): void {
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAllowedRequest(renderer, details.url) }));
}

const LOCAL_PROTOCOLS = new Set([`${APP_SCHEME}:`, `${MEDIA_SCHEME}:`, 'data:', 'devtools:']);
const DEV_SERVER_PROTOCOLS = new Set(['http:', 'https:', 'ws:', 'wss:']);

export function isAllowedRequest(renderer: RendererLocation, url: string): boolean {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed) return false;
  if (LOCAL_PROTOCOLS.has(parsed.protocol)) return true;
  if (renderer.kind !== 'dev-server') return false;
  return DEV_SERVER_PROTOCOLS.has(parsed.protocol) && parsed.host === new URL(renderer.url).host;
}
