// Serves the built renderer to the main window at app://copydesk/ (see app-url.ts for why not file://). Only
// files inside the renderer folder are ever read, every response carries the app's Content Security Policy
// (header events do not fire for custom schemes, so the handler sets it itself), and nothing is sniffed.

import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { protocol, type CustomScheme } from 'electron';
import { mimeTypeForMediaFile } from '../library/media-type.ts';
import { APP_HOST, APP_SCHEME, appFilePath } from './app-url.ts';
import { CONTENT_SECURITY_POLICY } from './content-security-policy.ts';

/**
 * The scheme's privileges, registered before the app is ready (privileged-schemes.ts). standard: a real origin,
 * so 'self', storage, module scripts and the lint worker work as on the web; secure: a secure context, like
 * https. Not corsEnabled (it would let other origins read these files), not bypassCSP, no service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** What the handler needs to answer for one host: the folder it serves and the headers every answer gets. */
export interface ServedFolder {
  folder: string;
  host: string;
  headers?: Record<string, string>;
}

/** Headers of every file of the main window's page: its policy, and no guessing of types. */
export const APP_RESPONSE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
};

/** Answers app://copydesk/ from the built renderer folder, for the default session the main window uses. */
export function setupAppProtocol(rendererFolder: string): void {
  const served: ServedFolder = { folder: rendererFolder, host: APP_HOST, headers: APP_RESPONSE_HEADERS };
  protocol.handle(APP_SCHEME, (request) => serveAppFile(served, request));
}

type AppRequest = Pick<Request, 'url' | 'method'>;

/** The file an app:// request names inside the served folder, or a plain 404 (405 for other methods). */
export async function serveAppFile({ folder, host, headers = {} }: ServedFolder, request: AppRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET and HEAD are allowed.', headers);
  const path = appFilePath(folder, request.url, host);
  if (!path) return plain(404, 'Not one of Copydesk’s own files.', headers);
  let body: Buffer;
  try {
    // Read whole: these are the app's own few files, and readFile also reads from inside app.asar.
    body = await readFile(path);
  } catch {
    return plain(404, 'No such file.', headers);
  }
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
    status: 200,
    headers: { ...headers, 'Content-Type': contentTypeOf(path), 'Content-Length': String(body.length) },
  });
}

const TEXT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  // Module scripts and the module worker are refused unless served with a JavaScript type.
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

/** The type a file is served as, from its extension; pictures and videos as story media are. */
export function contentTypeOf(path: string): string {
  const extension = extname(path).toLowerCase();
  return TEXT_TYPES[extension] ?? mimeTypeForMediaFile(extension);
}

function plain(status: number, message: string, headers: Record<string, string>): Response {
  return new Response(message, {
    status,
    headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}
