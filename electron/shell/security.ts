// What web content may do inside Copydesk: stay on our own page, open no windows, get no permissions, and
// run under a strict Content Security Policy. Guards every web contents the app creates, not only the
// main window, so a future window or frame cannot be forgotten.

import { app, BrowserWindow, dialog, session as electronSession, shell, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';
import { isHttpUrl, isOwnPageUrl, type RendererLocation } from './renderer-location.ts';

export interface SecurityOptions {
  renderer: RendererLocation;
  session?: Session;
}

export function setupSecurity({ renderer, session = electronSession.defaultSession }: SecurityOptions): void {
  denyAllPermissions(session);
  sendContentSecurityPolicy(session, renderer);
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

export function denyAllPermissions(session: Session): void {
  // Camera, microphone, location, notifications, MIDI, HID, serial …: an offline story editor needs none.
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
}

function sendContentSecurityPolicy(session: Session, renderer: RendererLocation): void {
  // Not on the dev server: Vite's hot reload injects inline scripts a strict policy would block. The built
  // renderer, which is what users run, always gets the policy.
  if (renderer.kind === 'dev-server') return;
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isOwnPageUrl(renderer, details.url)) return callback({});
    callback({ responseHeaders: withContentSecurityPolicy(details.responseHeaders) });
  });
}

/** The response headers with any policy they had replaced by ours. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const kept = Object.entries(headers ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy');
  return { ...Object.fromEntries(kept), 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}
