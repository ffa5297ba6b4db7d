// The browser host is a door into someone's stories, open to every program and web page on the machine. Each
// of its locks, route by route: it listens on the loopback address only; every request — the page, its
// assets, bridge calls, the event stream, pictures, even a path that is not there — needs the token, checked
// in constant time; a request naming another host (DNS rebinding) or sent by another site is refused; and no
// answer ever carries a CORS header, so no other page can read one.

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createBridgeHandlers } from '../../../electron/bridge/handlers.ts';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import { jpegBytes } from '../helpers/temp-library.ts';
import { corsHeaders, send, type Answer, type RequestOptions } from './host-harness.ts';

// Every constant-time comparison the host makes, as the byte lengths of its two sides.
const comparisons = vi.hoisted(() => ({ sizes: [] as [number, number][] }));
vi.mock('node:crypto', async (importOriginal) => {
  const real = await importOriginal<typeof import('node:crypto')>();
  return {
    ...real,
    timingSafeEqual: (a: NodeJS.ArrayBufferView, b: NodeJS.ArrayBufferView) => {
      comparisons.sizes.push([a.byteLength, b.byteLength]);
      return real.timingSafeEqual(a, b);
    },
  };
});

const TOKEN = 'lockdown-token-abcdefghijklmnopqrstuvwxyz012';

interface Context {
  host: BrowserHost;
  library: StoryLibrary;
  storyId: string;
  picture: string;
}
let context: Context;
let scratch: string;

// One host and library for the whole file: every test below only asks, and the refused ones must change nothing.
beforeAll(async () => {
  scratch = await mkdtemp(join(tmpdir(), 'copydesk-lockdown-'));
  const staticRoot = join(scratch, 'renderer');
  await mkdir(join(staticRoot, 'assets'), { recursive: true });
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await writeFile(join(staticRoot, 'assets', 'app.js'), 'console.log("the app")');
  const library = await StoryLibrary.open(join(scratch, 'library'));
  const { story } = await library.create({ headline: 'The only story' });
  const { file } = await library.importMedia(story.id, jpegBytes(7), 'photo.jpg');
  const preferences = createNodePreferencesStore({ configDir: join(scratch, 'config'), libraryPath: library.root });
  const host = await startBrowserHost({
    handlers: createBridgeHandlers({ libraries: LibrarySession.of(library), preferences }),
    library,
    staticRoot,
    token: TOKEN,
  });
  context = { host, library, storyId: story.id, picture: file };
});
afterAll(async () => {
  await context?.host.close();
  await rm(scratch, { recursive: true, force: true });
});

/** Every kind of request the host answers, and what it answers when the request is let in. */
interface Route {
  name: string;
  method: string;
  path: (context: Context) => string;
  headers?: Record<string, string>;
  body?: string;
  /** The status when the token, Host and Origin are right: proof the refusals below are the locks' doing. */
  served: number;
  /** How the app itself presents the token here: bridge calls in a header, everything else by its cookie. */
  tokenIn: 'header' | 'cookie';
}

const JSON_CALL = { 'content-type': 'application/json' };
const ROUTES: Route[] = [
  { name: 'the page', method: 'GET', path: () => '/', served: 200, tokenIn: 'cookie' },
  { name: 'the page by its name', method: 'GET', path: () => '/index.html', served: 200, tokenIn: 'cookie' },
  { name: 'an asset', method: 'GET', path: () => '/assets/app.js', served: 200, tokenIn: 'cookie' },
  { name: 'an asset asked with HEAD', method: 'HEAD', path: () => '/assets/app.js', served: 200, tokenIn: 'cookie' },
  { name: 'a bridge call', method: 'POST', path: () => '/api/library:list', headers: JSON_CALL, body: '{}', served: 200, tokenIn: 'header' },
  { name: 'the event stream', method: 'GET', path: () => '/api/events', served: 200, tokenIn: 'cookie' },
  { name: 'a picture', method: 'GET', path: ({ storyId, picture }) => `/media/${storyId}/${picture}`, served: 200, tokenIn: 'cookie' },
  { name: 'a path that is not there', method: 'GET', path: () => '/secrets.txt', served: 404, tokenIn: 'cookie' },
  { name: 'a method nothing answers', method: 'DELETE', path: () => '/api/library:list', served: 405, tokenIn: 'header' },
  { name: 'a CORS preflight', method: 'OPTIONS', path: () => '/api/library:list', served: 405, tokenIn: 'header' },
];

/** For it.each: each route under its name. */
const EACH_ROUTE = ROUTES.map((route) => [route.name, route] as const);

type Delivery = 'header' | 'query' | 'cookie';

/** A request on `route`, carrying `token` (none when null) the way `delivery` says, plus any extra headers. */
function request(route: Route, token: string | null, delivery: Delivery = route.tokenIn, extra: Record<string, string> = {}): Promise<Answer> {
  let path = route.path(context);
  const headers: Record<string, string> = { ...route.headers };
  if (token !== null && delivery === 'header') headers['x-copydesk-token'] = token;
  if (token !== null && delivery === 'cookie') headers.cookie = `copydesk_token=${encodeURIComponent(token)}`;
  if (token !== null && delivery === 'query') path += `?token=${encodeURIComponent(token)}`;
  const options: RequestOptions = { method: route.method, headers: { ...headers, ...extra }, body: route.body, headersOnly: true };
  return send(context.host.port, path, options);
}

const WRONG_TOKENS: [string, string | null][] = [
  ['no token', null],
  ['a wrong token of the same length', 'x'.repeat(TOKEN.length)],
  ['the token less its last character', TOKEN.slice(0, -1)],
  ['the token and one character more', `${TOKEN}x`],
  ['the token in capitals', TOKEN.toUpperCase()],
  ['an empty token', ''],
];

describe('the browser host, route by route', () => {
  it('listens on the loopback address only: not on any of the machine’s other addresses', async () => {
    expect(context.host.address).toBe('127.0.0.1');
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((address) => address && !address.internal && !address.address.startsWith('fe80:'))
      .map((address) => address!.address);
    for (const address of others) {
      const refused = await send(context.host.port, `/?token=${TOKEN}`, { connectTo: address, headersOnly: true }).then(
        (answer) => `answered ${answer.status}`,
        (error: NodeJS.ErrnoException) => error.code,
      );
      expect(['ECONNREFUSED', 'EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'], `connecting at ${address}`).toContain(refused);
    }
  });

  it.each(EACH_ROUTE)('serves %s when the token, Host and Origin are right', async (_name, route) => {
    expect((await request(route, TOKEN)).status).toBe(route.served);
    const fromItsOwnPage = await request(route, TOKEN, route.tokenIn, { origin: `http://127.0.0.1:${context.host.port}` });
    expect(fromItsOwnPage.status).toBe(route.served);
  });

  it.each(EACH_ROUTE)('refuses %s without the right token, however it is sent', async (_name, route) => {
    const letIn: string[] = [];
    for (const [what, token] of WRONG_TOKENS) {
      for (const delivery of ['header', 'query', 'cookie'] as const) {
        const answer = await request(route, token, delivery);
        if (answer.status !== 401) letIn.push(`${what} in the ${delivery}: ${answer.status}`);
      }
    }
    expect(letIn).toEqual([]);
  });

  it.each(EACH_ROUTE)('checks the token of %s in constant time: timingSafeEqual on two SHA-256 digests', async (_name, route) => {
    for (const token of [TOKEN, 'short', `${TOKEN}${TOKEN}`]) {
      comparisons.sizes = [];
      await request(route, token);
      expect(comparisons.sizes, `presenting a token of ${token.length} characters`).toEqual([[32, 32]]);
    }
  });

  it.each(EACH_ROUTE)('refuses %s under another host name (DNS rebinding), even with the token', async (_name, route) => {
    const port = context.host.port;
    const letIn: string[] = [];
    for (const host of [`evil.example:${port}`, `127.0.0.1.evil.example:${port}`, `127.0.0.1:${port + 1}`, 'evil.example', '127.0.0.1', `localhost.:${port}`]) {
      const answer = await request(route, TOKEN, route.tokenIn, { host });
      if (answer.status !== 421) letIn.push(`Host ${host}: ${answer.status}`);
    }
    expect(letIn).toEqual([]);
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`]) {
      expect((await request(route, TOKEN, route.tokenIn, { host })).status, `Host ${host}`).toBe(route.served);
    }
  });

  it.each(EACH_ROUTE)('refuses %s sent by another site, even with the token', async (_name, route) => {
    const port = context.host.port;
    const letIn: string[] = [];
    const foreign = ['https://evil.example', `http://127.0.0.1:${port + 1}`, `http://localhost:${port + 1}`, `https://127.0.0.1:${port}`, 'null'];
    for (const origin of foreign) {
      const answer = await request(route, TOKEN, route.tokenIn, { origin });
      if (answer.status !== 403) letIn.push(`Origin ${origin}: ${answer.status}`);
    }
    expect(letIn).toEqual([]);
  });

  it.each(EACH_ROUTE)('never answers %s with a CORS header, let in or refused', async (_name, route) => {
    const port = context.host.port;
    const preflight = { 'access-control-request-method': 'POST', 'access-control-request-headers': 'x-copydesk-token, content-type' };
    const variants: [string, Promise<Answer>][] = [
      ['let in', request(route, TOKEN)],
      ['from its own page', request(route, TOKEN, route.tokenIn, { origin: `http://127.0.0.1:${port}`, ...preflight })],
      ['without the token', request(route, null, route.tokenIn, { origin: `http://127.0.0.1:${port}`, ...preflight })],
      ['from another site', request(route, TOKEN, route.tokenIn, { origin: 'https://evil.example', ...preflight })],
      ['under another host name', request(route, TOKEN, route.tokenIn, { host: `evil.example:${port}` })],
    ];
    for (const [what, answer] of variants) expect(corsHeaders(await answer), what).toEqual([]);
  });

  it('refuses a browser’s CORS preflight — which never carries the token — so no other page may call', async () => {
    for (const origin of ['https://evil.example', `http://127.0.0.1:${context.host.port + 1}`]) {
      const answer = await send(context.host.port, '/api/story:create', {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type, x-copydesk-token' },
      });
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(corsHeaders(answer)).toEqual([]);
    }
  });

  it('lets no refused bridge call change the library', async () => {
    const create: Route = { ...ROUTES.find((route) => route.name === 'a bridge call')!, path: () => '/api/story:create', body: '{"headline":"Planted"}' };
    const port = context.host.port;
    for (const [, token] of WRONG_TOKENS) await request(create, token);
    await request(create, TOKEN, 'header', { host: `evil.example:${port}` });
    await request(create, TOKEN, 'header', { origin: 'https://evil.example' });
    await request(create, TOKEN, 'cookie'); // the cookie alone, as another site's form would send it
    expect(context.library.list().map((summary) => summary.headline)).toEqual(['The only story']);
  });
});
