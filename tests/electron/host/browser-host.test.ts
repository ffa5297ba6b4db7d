import { request as httpRequest } from 'node:http';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createBridgeHandlers } from '../../../electron/bridge/handlers.ts';
import { LibrarySession } from '../../../electron/library/library-session.ts';
import { startBrowserHost, type BrowserHost } from '../../../electron/host/browser-host.ts';
import { StoryLibrary } from '../../../electron/library/story-library.ts';
import { createNodePreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import { jpegBytes, useTempFolders } from '../helpers/temp-library.ts';
import { send } from './host-harness.ts';

const tempFolder = useTempFolders();
const TOKEN = 'test-token-0123456789';
let host: BrowserHost | undefined;

afterEach(async () => {
  await host?.close();
  host = undefined;
});

/** A file beside the built interface, as the rest of a checkout or an installation is: never to be served. */
const BESIDE_THE_INTERFACE = 'secret.txt';

async function startHost() {
  const libraryRoot = await tempFolder();
  const staticRoot = join(await tempFolder(), 'renderer');
  await mkdir(staticRoot);
  await writeFile(join(staticRoot, '..', BESIDE_THE_INTERFACE), 'SECRET beside the interface');
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Copydesk</title>');
  await mkdir(join(staticRoot, 'assets'));
  await writeFile(join(staticRoot, 'assets', 'app.js'), 'console.log("app")');
  const library = await StoryLibrary.open(libraryRoot);
  const preferences = createNodePreferencesStore({ configDir: await tempFolder(), libraryPath: libraryRoot });
  host = await startBrowserHost({
    handlers: createBridgeHandlers({ libraries: LibrarySession.of(library), preferences }),
    library,
    staticRoot,
    token: TOKEN,
  });
  return { host, library, libraryRoot };
}

function call(port: number, channel: string, args: unknown, headers: Record<string, string> = {}) {
  return send(port, `/api/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-copydesk-token': TOKEN, ...headers },
    body: JSON.stringify(args),
  });
}

describe('the browser host', () => {
  it('prints an address on the loopback interface that carries the token', async () => {
    const { host } = await startHost();
    expect(host.url).toBe(`http://127.0.0.1:${host.port}/?token=${TOKEN}`);
  });

  it('makes a fresh random token for every run when none is given', async () => {
    const libraryRoot = await tempFolder();
    const library = await StoryLibrary.open(libraryRoot);
    const preferences = createNodePreferencesStore({ configDir: await tempFolder() });
    const handlers = createBridgeHandlers({ libraries: LibrarySession.of(library), preferences });
    const first = await startBrowserHost({ handlers, library, staticRoot: libraryRoot });
    const second = await startBrowserHost({ handlers, library, staticRoot: libraryRoot });
    await Promise.all([first.close(), second.close()]);
    expect(first.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(first.token).not.toBe(second.token);
  });

  it('refuses a request without the token, and one with a wrong token', async () => {
    const { host } = await startHost();
    expect((await send(host.port, '/')).status).toBe(401);
    expect((await send(host.port, '/?token=wrong')).status).toBe(401);
    expect((await call(host.port, 'library:list', {}, { 'x-copydesk-token': 'wrong' })).status).toBe(401);
  });

  it('serves the app with the token and hands the page a strict same-site cookie for its assets', async () => {
    const { host } = await startHost();
    const page = await send(host.port, `/?token=${TOKEN}`);
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>Copydesk</title>');
    const cookie = String(page.headers['set-cookie']);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const asset = await send(host.port, '/assets/app.js', { headers: { cookie: cookie.split(';')[0]! } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
  });

  it('refuses a Host header that is not the loopback address (DNS rebinding)', async () => {
    const { host } = await startHost();
    const answer = await send(host.port, `/?token=${TOKEN}`, { headers: { host: `evil.example:${host.port}` } });
    expect(answer.status).toBe(421);
  });

  it('refuses a call from another web site even when it carries the token', async () => {
    const { host } = await startHost();
    const answer = await call(host.port, 'library:list', {}, { origin: 'https://evil.example' });
    expect(answer.status).toBe(403);
  });

  it('sends no CORS headers and a strict Content-Security-Policy', async () => {
    const { host } = await startHost();
    const answer = await send(host.port, `/?token=${TOKEN}`, { headers: { origin: `http://127.0.0.1:${host.port}` } });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['content-security-policy']).toMatch(/default-src 'none'/);
    expect(answer.headers['content-security-policy']).toMatch(/script-src 'self'/);
  });

  it('requires the token header on bridge calls, so a cookie alone cannot post', async () => {
    const { host } = await startHost();
    const answer = await send(host.port, '/api/library:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `copydesk_token=${TOKEN}` },
      body: '{}',
    });
    expect(answer.status).toBe(401);
  });

  it('does not serve files outside the built interface', async () => {
    const { host } = await startHost();
    // The URL parser resolves "..", "%2e%2e" included; an encoded slash is only decoded by the host, after it.
    const paths = ['/../package.json', '/%2e%2e/%2e%2e/etc/passwd', '/assets/..%2f..%2findex.html'];
    const beside = [`/..%2f${BESIDE_THE_INTERFACE}`, `/assets/..%2f..%2f${BESIDE_THE_INTERFACE}`, `/assets%2f..%2f..%2f${BESIDE_THE_INTERFACE}`];
    for (const path of [...paths, ...beside]) {
      const answer = await send(host.port, path, { headers: { [`x-copydesk-token`]: TOKEN } });
      expect([400, 404], path).toContain(answer.status);
      expect(answer.body, path).not.toContain('SECRET');
    }
  });

  it('runs a bridge call end to end: create, then list', async () => {
    const { host } = await startHost();
    const created = JSON.parse((await call(host.port, 'story:create', { headline: 'Over HTTP' })).body);
    expect(created).toMatchObject({ ok: true, value: { story: { headline: 'Over HTTP' } } });
    const listed = JSON.parse((await call(host.port, 'library:list', {})).body);
    expect(listed.value.map((summary: { headline: string }) => summary.headline)).toEqual(['Over HTTP']);
  });

  it('answers a bad argument with an invalid-argument error naming the field', async () => {
    const { host } = await startHost();
    const answer = JSON.parse((await call(host.port, 'story:open', { id: '../../etc' })).body);
    expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument', field: 'id' } });
    expect(answer.error.message).toMatch(/Bad arguments for story:open: "id" must be a Copydesk story id/);
  });

  it('answers an unknown channel and malformed JSON with clear errors', async () => {
    const { host } = await startHost();
    const unknown = JSON.parse((await call(host.port, 'fs:readFile', {})).body);
    expect(unknown.error.message).toMatch(/no bridge channel named "fs:readFile"/);
    const malformed = await send(host.port, '/api/library:list', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-copydesk-token': TOKEN },
      body: '{"oops',
    });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toMatch(/not valid JSON/);
  });

  it('serves a story’s imported picture, and nothing that is not one', async () => {
    const { host, library } = await startHost();
    const { story } = await library.create({ headline: 'With a picture' });
    const media = await library.importMedia(story.id, jpegBytes(), 'photo.jpg');
    const headers = { 'x-copydesk-token': TOKEN };
    const picture = await send(host.port, `/media/${story.id}/${media.file}`, { headers });
    expect(picture.status).toBe(200);
    expect(picture.headers['content-type']).toBe('image/jpeg');
    expect((await send(host.port, `/media/${story.id}/..%2Fstory.json`, { headers })).status).toBe(404);
    expect((await send(host.port, `/media/${story.id}/../story.json`, { headers })).status).toBe(404);
    // Only names Copydesk makes: a file someone else put in the media folder is not served either.
    await writeFile(join(library.folderOf(story.id), 'media', 'notes.txt'), 'not a picture');
    const notes = await send(host.port, `/media/${story.id}/notes.txt`, { headers });
    expect(notes.status).toBe(404);
    expect(notes.body).not.toContain('not a picture');
  });

  it('streams library events to the page', async () => {
    const { host, library } = await startHost();
    const received = new Promise<string>((resolve) => {
      const req = httpRequest(
        { host: '127.0.0.1', port: host.port, path: '/api/events', headers: { host: `127.0.0.1:${host.port}`, cookie: `copydesk_token=${TOKEN}` } },
        (res) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.includes('onLibraryChanged')) {
              req.destroy();
              resolve(text);
            }
          });
          res.once('data', () => void library.create({ headline: 'Eventful' }));
        },
      );
      req.on('error', () => {});
      req.end();
    });
    expect(await received).toMatch(/event: onLibraryChanged\ndata: \{"reason":"created"\}/);
  });
});
