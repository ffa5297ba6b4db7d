// Addresses of the app's own pages: the built renderer is served to the window as `app://copydesk/…`, a
// privileged custom scheme, instead of from file:// (Electron's security checklist, item 18). A file:// page
// is an opaque origin with the run of the disk; app://copydesk is one origin that can reach the files we
// serve and nothing else. Free of `electron`, so the window, the navigation guard, the IPC sender check and
// the protocol handler all share these answers.

import { isAbsolute, relative, resolve } from 'node:path';

export const APP_SCHEME = 'app';
/** The host the main window's page is served under: its origin (app://copydesk) is what the page's 'self' is. */
export const APP_HOST = 'copydesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one page the window shows; the interface keeps where it is in the address's hash. */
export const APP_PAGE_PATH = '/index.html';

/** The page's address, with the interface's route ("/story/<id>") in its hash when given. */
export function appPageUrl(hash = ''): string {
  return `${APP_ORIGIN}${APP_PAGE_PATH}${hash ? `#${hash}` : ''}`;
}

/** True when `url` is our page on `host` (its query and fragment aside), and nothing else. */
export function isAppPageUrl(url: string, host: string = APP_HOST): boolean {
  const parsed = parseAppUrl(url, host);
  return parsed !== null && parsed.pathname === APP_PAGE_PATH;
}

/**
 * The file inside `folder` that an app:// address on `host` names, or null for anything that could name
 * something else: another scheme or host, credentials or a port, a folder, an encoded slash or dot segment,
 * a backslash, a NUL or a colon (a Windows drive or stream), or a path that would resolve outside `folder`.
 */
export function appFilePath(folder: string, url: string, host: string): string | null {
  const parsed = parseAppUrl(url, host);
  if (!parsed) return null;
  const segments: string[] = [];
  // The URL parser has already resolved plain "." and ".." segments; what is left is decoded one segment at
  // a time, so "%2e%2e" or "..%2f" cannot become a step upwards after the check.
  for (const encoded of parsed.pathname.slice(1).split('/')) {
    const segment = decodeSegment(encoded);
    if (segment === null || segment === '' || segment === '.' || segment === '..' || /[/\\:\0]/.test(segment)) return null;
    segments.push(segment);
  }
  // And a second wall: whatever the segments, the resolved path must lie inside the folder.
  const root = resolve(folder);
  const path = resolve(root, ...segments);
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return path;
}

function parseAppUrl(url: string, host: string): URL | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.hostname !== host) return null;
  if (parsed.username || parsed.password || parsed.port) return null;
  return parsed;
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null; // a malformed escape such as "%zz"
  }
}
