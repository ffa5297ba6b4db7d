// Serves story pictures and videos to the window as `copydesk-media://<storyId>/<sha256>.<ext>`, so the
// page never needs file:// access to the library. Only names Copydesk made itself, inside the story's own
// media folder, are ever read; video seeking works through byte ranges.

import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { protocol, type CustomScheme } from 'electron';
import { mimeTypeForMediaFile } from '../library/media-type.ts';
import { MEDIA_FOLDER, type StoryLibrary } from '../library/story-library.ts';
import { MEDIA_SCHEME, parseMediaUrl } from './media-url.ts';

/**
 * The scheme's privileges, registered before the app is ready (privileged-schemes.ts). standard: parsed like
 * http (host = story id); secure: allowed in our page; stream: video can seek. Not bypassCSP: the page's
 * policy names this scheme explicitly.
 */
export const MEDIA_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: MEDIA_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, stream: true },
};

/** Answers media addresses for the default session, which the main window uses. */
export function setupMediaProtocol(library: Pick<StoryLibrary, 'folderOf'>): void {
  protocol.handle(MEDIA_SCHEME, (request) => serveMedia(library, request));
}

type MediaRequest = Pick<Request, 'url' | 'method' | 'headers'>;

export async function serveMedia(library: Pick<StoryLibrary, 'folderOf'>, request: MediaRequest): Promise<Response> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Only GET and HEAD are allowed.');
  const target = parseMediaUrl(request.url);
  if (!target) return plain(404, 'Not a Copydesk media address.');
  let path: string;
  try {
    path = join(library.folderOf(target.storyId), MEDIA_FOLDER, target.file);
  } catch {
    return plain(404, 'No such story.');
  }
  const size = await stat(path).then(
    (info) => (info.isFile() ? info.size : null),
    () => null,
  );
  if (size === null) return plain(404, 'No such media file in the story.');

  const headers = new Headers({
    'Content-Type': mimeTypeForMediaFile(target.file),
    'Accept-Ranges': 'bytes',
    // The name is the hash of the bytes: the same address can never mean other content.
    'Cache-Control': 'private, max-age=31536000, immutable',
    'X-Content-Type-Options': 'nosniff',
  });
  const range = parseRange(request.headers.get('range'), size);
  if (range === 'unsatisfiable') {
    headers.set('Content-Range', `bytes */${size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: size - 1 };
  headers.set('Content-Length', String(size === 0 ? 0 : end - start + 1));
  if (range) headers.set('Content-Range', `bytes ${start}-${end}/${size}`);
  const body =
    request.method === 'HEAD' || size === 0
      ? null
      : (Readable.toWeb(createReadStream(path, { start, end })) as ReadableStream<Uint8Array>);
  return new Response(body, { status: range ? 206 : 200, headers });
}

/** One `bytes=` range (all a video element asks for); null to send the whole file. */
export function parseRange(header: string | null, size: number): { start: number; end: number } | 'unsatisfiable' | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return null;
  let start: number;
  let end: number;
  if (first === '') {
    // "bytes=-500": the last 500 bytes.
    start = Math.max(0, size - Number(last));
    end = size - 1;
  } else {
    start = Number(first);
    end = last === '' ? size - 1 : Math.min(Number(last), size - 1);
  }
  if (start >= size || start > end) return 'unsatisfiable';
  return { start, end };
}

function plain(status: number, message: string): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
