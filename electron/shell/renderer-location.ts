// Where the window's page comes from, and the one answer to "is this URL our own page?" that the window,
// the navigation guard and the IPC sender check all share, so the three can never disagree.

import { resolve } from 'node:path';
import { isAppPageUrl } from './app-url.ts';

export type RendererLocation =
  /** The built renderer folder, served to the window at app://copydesk/ (app-protocol.ts). */
  | { kind: 'app'; folder: string }
  /** electron-vite's dev server, whose address `electron-vite dev` passes in ELECTRON_RENDERER_URL. */
  | { kind: 'dev-server'; url: string };

export function rendererLocation(options: {
  builtRendererFolder: string;
  devServerUrl?: string | undefined;
  isPackaged: boolean;
}): RendererLocation {
  // A packaged app ignores the variable: otherwise anyone who can set the environment could point the
  // window, and with it the bridge to the user's files, at a page of their choosing.
  if (!options.isPackaged && options.devServerUrl && isHttpUrl(options.devServerUrl)) {
    return { kind: 'dev-server', url: options.devServerUrl };
  }
  return { kind: 'app', folder: resolve(options.builtRendererFolder) };
}

/** True when `url` is our renderer's page (its query and fragment aside) and nothing else. */
export function isOwnPageUrl(location: RendererLocation, url: string): boolean {
  if (location.kind === 'app') return isAppPageUrl(url);
  const parsed = parseUrl(url);
  const dev = parseUrl(location.url);
  return parsed !== null && dev !== null && parsed.origin === dev.origin;
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
