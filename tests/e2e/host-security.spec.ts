// The browser host is a door into someone's stories: without the token, or under another host name, it
// answers nothing.

import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromiumLaunchOptions } from './fixtures/chromium.ts';
import { expect, test } from './fixtures/host.ts';

// A name of the attacker's that resolves to 127.0.0.1 in this browser: DNS rebinding, done by the resolver.
const REBOUND = 'rebound.test';
const launch = chromiumLaunchOptions();
test.use({ launchOptions: { ...launch, args: [...(launch.args ?? []), `--host-resolver-rules=MAP ${REBOUND} 127.0.0.1`] } });

/** Another web site on this machine (another port of 127.0.0.1: same site, other origin) serving one page. */
async function otherLocalSite(): Promise<{ origin: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
    response.end('<!doctype html><title>Another site</title>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

test('a bridge call without the token is refused with 401', async ({ request, host }) => {
  const response = await request.post(`${host.origin}/api/library:list`, {
    data: {},
    headers: { 'Content-Type': 'application/json' },
  });
  expect(response.status()).toBe(401);
  expect(await response.text()).not.toContain('"ok":true');
});

test('a bridge call with a wrong token is refused with 401', async ({ request, host }) => {
  const response = await request.post(`${host.origin}/api/library:list`, {
    data: {},
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': 'not-the-token' },
  });
  expect(response.status()).toBe(401);
});

test('the page itself is refused without the token', async ({ request, host }) => {
  const response = await request.get(`${host.origin}/`);
  expect(response.status()).toBe(401);
  expect(await response.text()).toContain('?token=');
});

test('a request naming another host (DNS rebinding) is refused with 421, even with the token', async ({ host }) => {
  // Sent with Node's own client: a browser-like client may not let a test choose the Host header.
  const status = await new Promise<number>((resolve, reject) => {
    const url = new URL(host.url);
    const req = httpRequest(
      {
        host: url.hostname,
        port: url.port,
        path: `/api/library:list`,
        method: 'POST',
        headers: {
          Host: `evil.example:${url.port}`,
          'Content-Type': 'application/json',
          'X-Copydesk-Token': host.token,
        },
      },
      (response) => {
        response.resume();
        resolve(response.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end('{}');
  });
  expect(status).toBe(421);
});

test('the same call with the token is answered', async ({ request, host }) => {
  const response = await request.post(`${host.origin}/api/library:list`, {
    data: {},
    headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': host.token },
  });
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ ok: true, value: [] });
});

test('another site on this machine can read nothing from the host, even knowing the token (no CORS)', async ({ page, request, host }) => {
  // The person has Copydesk open in this browser: its cookie is there, as it would be.
  await page.goto(host.url);
  const site = await otherLocalSite();
  try {
    await page.goto(site.origin);
    const outcomes = await page.evaluate(
      async ({ origin, token }) => {
        const attempt = (what: string, url: string, init: RequestInit) =>
          fetch(url, { credentials: 'include', ...init }).then(
            // Seeing the status at all means the browser let this page read the answer (the stream never ends).
            (response) => `${what}: read ${response.status}`,
            (error: unknown) => `${what}: blocked (${(error as Error).name})`,
          );
        return Promise.all([
          attempt('the page', `${origin}/`, {}),
          attempt('the page with the token', `${origin}/?token=${token}`, {}),
          attempt('a bridge call with the token', `${origin}/api/library:list`, {
            method: 'POST',
            headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': token },
            body: '{}',
          }),
          attempt('the event stream', `${origin}/api/events`, {}),
        ]);
      },
      { origin: host.origin, token: host.token },
    );
    expect(outcomes).toEqual([
      'the page: blocked (TypeError)',
      'the page with the token: blocked (TypeError)',
      'a bridge call with the token: blocked (TypeError)',
      'the event stream: blocked (TypeError)',
    ]);

    // A form-like post needs no preflight and its answer is never read; it must still change nothing.
    await page.evaluate(async (origin) => {
      await fetch(`${origin}/api/story:create`, { method: 'POST', mode: 'no-cors', credentials: 'include', body: '{"headline":"Planted"}' }).catch(() => {});
    }, host.origin);
    const listed = await request.post(`${host.origin}/api/library:list`, {
      data: {},
      headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': host.token },
    });
    expect(await listed.json()).toEqual({ ok: true, value: [] });
  } finally {
    site.server.close();
  }
});

test('a page whose name is rebound to 127.0.0.1 (DNS rebinding) gets nothing, even with the token', async ({ page, host }) => {
  const port = new URL(host.origin).port;
  const rebound = `http://${REBOUND}:${port}`;
  const opened = await page.goto(`${rebound}/?token=${host.token}`);
  expect(opened?.status()).toBe(421);
  // A script at the rebound name calls it: to the browser that is its own origin, and a loopback page calling
  // the loopback address (Chromium would stop a page served from elsewhere: Private Network Access). Nothing
  // but the host's check of the Host header stands between this script and the library.
  const call = await page.evaluate(
    async (token) => {
      const response = await fetch('/api/library:list', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-Copydesk-Token': token },
        body: '{}',
      });
      return { status: response.status, body: await response.text() };
    },
    host.token,
  );
  expect(call.status).toBe(421);
  expect(call.body).not.toContain('"ok":true');
});
