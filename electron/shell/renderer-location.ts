// Where the window's page comes from, and the one answer to "is this URL our own page?" that the window,
// the navigation guard and the IPC sender check all share, so the three can never disagree.

import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export type RendererLocation =
  /** The built renderer, loaded from disk with `loadFile`. */
  | { kind: 'file'; indexHtml: string }
  /** electron-vite's dev server, whose address `electron-vite dev` passes in ELECTRON_RENDERER_URL. */
  | { kind: 'dev-server'; url: string };

export function rendererLocation(options: {
  builtIndexHtml: string;
  devServerUrl?: string | undefined;
  isPackaged: boolean;
}): RendererLocation {
  // A packaged app ignores the variable: otherwise anyone who can set the environment could point the
  // window, and with it the bridge to the user's files, at a page of their choosing.
  if (!options.isPackaged && options.devServerUrl && isHttpUrl(options.devServerUrl)) {
    return { kind: 'dev-server', url: options.devServerUrl };
  }
  return { kind: 'file', indexHtml: resolve(options.builtIndexHtml) };
}

/** True when `url` is our renderer's page (its query and fragment aside) and nothing else. */
export function isOwnPageUrl(location: RendererLocation, url: string): boolean {
  const parsed = parseUrl(url);
  if (!parsed) return false;
  if (location.kind === 'dev-server') {
    const dev = parseUrl(location.url);
    return dev !== null && parsed.origin === dev.origin;
  }
  if (parsed.protocol !== 'file:' || (parsed.host !== '' && parsed.host !== 'localhost')) return false;
  let path: string;
  try {
    path = fileURLToPath(new URL(parsed.pathname, 'file://'));
  } catch {
    return false;
  }
  return samePath(path, location.indexHtml);
}

export function isHttpUrl(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed !== null && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
}

function parseUrl(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function samePath(a: string, b: string): boolean {
  // Windows and macOS file systems are case-insensitive by default, and Chromium may report another case.
  const caseInsensitive = process.platform === 'win32' || process.platform === 'darwin';
  return caseInsensitive ? resolve(a).toLowerCase() === resolve(b).toLowerCase() : resolve(a) === resolve(b);
}
