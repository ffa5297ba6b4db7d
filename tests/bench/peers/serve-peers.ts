// The peer editors' pages (pages/: bare slate-react and ProseMirror's basic editor), built with Vite's JS
// API into a scratch folder beside a paragraphs.json holding the text, and served from 127.0.0.1 by a tiny
// static server (module scripts do not load from file://).

import { createReadStream } from 'node:fs';
import { stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { build } from 'vite';

const PAGES = join(import.meta.dirname, 'pages');

export type PeerName = 'slate' | 'prosemirror';

export interface PeerPages {
  /** The address of a peer's page. */
  url(peer: PeerName): string;
  stop(): Promise<void>;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Builds the peer pages into `outDir` (production React, minified, as Copydesk's own build is) with `paragraphs`, and serves them. */
export async function servePeerPages(outDir: string, paragraphs: readonly string[]): Promise<PeerPages> {
  await build({
    root: PAGES,
    configFile: false,
    base: './',
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: true,
      rolldownOptions: { input: { slate: join(PAGES, 'slate.html'), prosemirror: join(PAGES, 'prosemirror.html') } },
    },
  });
  await writeFile(join(outDir, 'paragraphs.json'), JSON.stringify(paragraphs));
  const server = await listen(outDir);
  const { port } = server.address() as AddressInfo;
  return {
    url: (peer) => `http://127.0.0.1:${port}/${peer}.html`,
    stop: () => new Promise((done) => server.close(() => done())),
  };
}

function listen(root: string): Promise<Server> {
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    const file = await stat(path).catch(() => null);
    if (!path.startsWith(root + sep) || !file?.isFile()) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}
