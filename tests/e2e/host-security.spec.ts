// The browser host is a door into someone's stories: without the token, or under another host name, it
// answers nothing.

import { request as httpRequest } from 'node:http';
import { expect, test } from './fixtures/host.ts';

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
