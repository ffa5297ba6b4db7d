// The browser host: the same bridge handlers as the Electron app, served over HTTP so the real interface and
// the real library run in any Chromium. It is a door into someone's stories, so it is locked:
//   - it listens on 127.0.0.1 only;
//   - every request must carry the per-run secret token (compared in constant time, access-token.ts), checked
//     before any route is looked at: the first page load brings it in the URL and receives it back as an
//     HttpOnly, SameSite=Strict cookie for the page's assets; bridge calls must send it in the
//     X-Copydesk-Token header, which a foreign page cannot set without a CORS preflight that we never answer;
//   - a Host header other than the loopback address is refused (DNS rebinding), and so is a foreign Origin;
//   - no CORS headers, ever; a strict Content-Security-Policy on every page.
//
//   GET  /?token=…                 the app (index.html)
//   GET  /assets/…                 the built renderer's files
//   POST /api/<domain:verb>        a bridge call: JSON argument in, BridgeResponse out
//   GET  /api/events               the bridge's events as Server-Sent Events
//   GET  /media/<storyId>/<file>   a story's picture or video

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { MAX_MEDIA_BYTES, type BridgeEventName, type BridgeEvents } from '../../shared/bridge/contract.ts';
import { serializeError, CopydeskError } from '../../shared/errors.ts';
import { MediaFile, StoryId } from '../../shared/story/schema.ts';
import { dispatch, type BridgeHandlers } from '../bridge/handlers.ts';
import { MEDIA_FOLDER, type StoryLibrary } from '../library/story-library.ts';
import type { LibraryEventSource } from '../library/library-session.ts';
import { mimeTypeForMediaFile } from '../library/media-type.ts';
import { CONTENT_SECURITY_POLICY } from '../shell/content-security-policy.ts';
import { accessTokenCheck, newAccessToken } from './access-token.ts';

export const TOKEN_HEADER = 'x-copydesk-token';
export const TOKEN_COOKIE = 'copydesk_token';
/** A JSON body may hold a base64 media file (4/3 of its size) plus a little envelope. */
const MAX_BODY_BYTES = Math.ceil(MAX_MEDIA_BYTES / 3) * 4 + 64 * 1024;

const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
};

export interface BrowserHostOptions {
  handlers: BridgeHandlers;
  /** The open library (a LibrarySession, which follows File ▸ Open Library…): media files and change events. */
  library: LibraryEventSource & Pick<StoryLibrary, 'folderOf'>;
  /** The built renderer (out/renderer). */
  staticRoot: string;
  /** 0 picks a free port. */
  port?: number;
  /** Fixed only in tests; otherwise 32 random bytes per run. */
  token?: string;
}

export interface BrowserHost {
  url: string;
  /** The address the host listens on: always the loopback address 127.0.0.1, never every interface. */
  address: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const token = options.token ?? newAccessToken();
  const tokenMatches = accessTokenCheck(token);
  const eventStreams = new Set<ServerResponse>();
  let port = 0;

  const server: Server = createServer((request, response) => {
    handleRequest(request, response).catch((error: unknown) => {
      if (!response.headersSent) sendJson(response, 500, { ok: false, error: serializeError(error) });
      else response.destroy();
    });
  });

  async function handleRequest(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setSecurityHeaders(response);
    if (!isLoopbackHost(request.headers.host, port)) {
      return sendText(response, 421, 'Copydesk answers only at 127.0.0.1. This request named another host.');
    }
    const origin = request.headers.origin;
    if (origin !== undefined && !isLoopbackOrigin(origin, port)) {
      return sendText(response, 403, 'Copydesk refuses requests from other web sites.');
    }
    const url = new URL(request.url ?? '/', `http://127.0.0.1:${port}`);
    const presented = request.headers[TOKEN_HEADER] ?? url.searchParams.get('token') ?? readCookie(request, TOKEN_COOKIE);
    if (typeof presented !== 'string' || !tokenMatches(presented)) {
      return sendText(
        response,
        401,
        'This Copydesk address needs its access token. Open the full address printed when Copydesk started (it ends in ?token=…).',
      );
    }

    if (url.pathname.startsWith('/api/')) {
      const channel = decodePercentEncoded(url.pathname.slice('/api/'.length));
      if (channel === null) {
        const error = new CopydeskError('invalid-argument', 'The bridge call names its channel with broken percent-encoding (such as a lone "%").');
        return sendJson(response, 400, { ok: false, error: error.toJSON() });
      }
      if (channel === 'events' && request.method === 'GET') return openEventStream(response);
      if (request.method !== 'POST') return sendText(response, 405, 'Bridge calls are POST requests.');
      // Bridge calls must carry the token in the header: a cookie alone would let another site's form post here.
      if (typeof request.headers[TOKEN_HEADER] !== 'string') {
        return sendJson(response, 401, {
          ok: false,
          error: { code: 'unauthorized', message: `Bridge calls must send the token in the ${TOKEN_HEADER} header.` },
        });
      }
      if (!/^application\/json\b/.test(request.headers['content-type'] ?? '')) {
        return sendText(response, 415, 'Bridge calls send JSON (Content-Type: application/json).');
      }
      const body = await readBody(request, MAX_BODY_BYTES);
      let args: unknown;
      try {
        args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
      } catch {
        const error = new CopydeskError('invalid-argument', `The body of a call to ${channel} is not valid JSON.`);
        return sendJson(response, 400, { ok: false, error: error.toJSON() });
      }
      return sendJson(response, 200, await dispatch(options.handlers, channel, args));
    }

    if (request.method !== 'GET' && request.method !== 'HEAD') return sendText(response, 405, 'Method not allowed.');
    if (url.pathname.startsWith('/media/')) return serveMedia(url.pathname, response);
    if (url.searchParams.has('token')) {
      response.setHeader(
        'Set-Cookie',
        `${TOKEN_COOKIE}=${encodeURIComponent(token)}; HttpOnly; SameSite=Strict; Path=/`,
      );
    }
    return serveStatic(url.pathname, response);
  }

  async function serveStatic(pathname: string, response: ServerResponse): Promise<void> {
    const relative = pathname === '/' ? 'index.html' : decodePercentEncoded(pathname.slice(1));
    if (relative === null) return sendText(response, 404, 'Not found.');
    const file = normalize(join(options.staticRoot, relative));
    if (!file.startsWith(normalize(options.staticRoot) + sep)) return sendText(response, 404, 'Not found.');
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) {
      if (relative === 'index.html') {
        return sendText(response, 500, `The interface has not been built (${file} is missing). Run "npm run build".`);
      }
      return sendText(response, 404, 'Not found.');
    }
    response.writeHead(200, {
      'Content-Type': STATIC_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Length': info.size,
      'Cache-Control': relative === 'index.html' ? 'no-store' : 'private, max-age=3600',
    });
    createReadStream(file).pipe(response);
  }

  async function serveMedia(pathname: string, response: ServerResponse): Promise<void> {
    const [, , storyId = '', file = '', ...rest] = pathname.split('/');
    if (rest.length > 0 || !StoryId.safeParse(storyId).success || !MediaFile.safeParse(file).success) {
      return sendText(response, 404, 'Not found.');
    }
    let path: string;
    try {
      path = join(options.library.folderOf(storyId), MEDIA_FOLDER, file);
    } catch {
      return sendText(response, 404, 'Not found.');
    }
    const info = await stat(path).catch(() => null);
    if (!info?.isFile()) return sendText(response, 404, 'That media file is not in the story folder.');
    response.writeHead(200, {
      'Content-Type': mimeTypeForMediaFile(file),
      'Content-Length': info.size,
      'Cache-Control': 'private, max-age=31536000, immutable', // content-addressed: the name is the content
    });
    createReadStream(path).pipe(response);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    eventStreams.add(response);
    response.on('close', () => eventStreams.delete(response));
  }

  function broadcast<E extends BridgeEventName>(event: E, payload: BridgeEvents[E]): void {
    const message = `event: ${event}\ndata: ${JSON.stringify(payload)}\n\n`;
    for (const stream of eventStreams) stream.write(message);
  }

  const onStoryChanged = (payload: BridgeEvents['onStoryChangedOnDisk']) => broadcast('onStoryChangedOnDisk', payload);
  const onLibraryChanged = (payload: BridgeEvents['onLibraryChanged']) => broadcast('onLibraryChanged', payload);
  options.library.on('storyChanged', onStoryChanged);
  options.library.on('libraryChanged', onLibraryChanged);

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const bound = server.address() as AddressInfo;
  port = bound.port;

  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    address: bound.address,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        options.library.off('storyChanged', onStoryChanged);
        options.library.off('libraryChanged', onLibraryChanged);
        for (const stream of eventStreams) stream.end();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

// ── checks ───────────────────────────────────────────────────────────────────────────────────────────────

export function isLoopbackHost(host: string | undefined, port: number): boolean {
  if (!host) return false;
  return host === `127.0.0.1:${port}` || host === `localhost:${port}` || host === `[::1]:${port}`;
}

function isLoopbackOrigin(origin: string, port: number): boolean {
  return ['127.0.0.1', 'localhost', '[::1]'].some((name) => origin === `http://${name}:${port}`);
}

/** Percent-encoded text (a path's part, a cookie), or null when its encoding is broken ("%", "%E0%A4%A"): a bad request, not a crash. */
function decodePercentEncoded(part: string): string | null {
  try {
    return decodeURIComponent(part);
  } catch {
    return null;
  }
}

function readCookie(request: IncomingMessage, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const [key, ...value] = part.trim().split('=');
    if (key === name) return decodePercentEncoded(value.join('=')) ?? undefined;
  }
  return undefined;
}

// ── responses ────────────────────────────────────────────────────────────────────────────────────────────

function setSecurityHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('X-Frame-Options', 'DENY');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

function sendText(response: ServerResponse, status: number, text: string): void {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
  response.end(`${text}\n`);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  const body = JSON.stringify(value);
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  response.end(body);
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(new CopydeskError('invalid-argument', 'The request is larger than the 200 MB import limit.'));
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}
