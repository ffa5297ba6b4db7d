import fc from 'fast-check';
import { EventEmitter } from 'node:events';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BRIDGE_CHANNEL_NAMES, BRIDGE_CHANNELS, isBridgeChannel, type BridgeChannel } from '../../../shared/bridge/contract.ts';
import { CopydeskError } from '../../../shared/errors.ts';
import type { BridgeHandlers } from '../../../electron/bridge/handlers.ts';
import { startBrowserHost, TOKEN_HEADER, type BrowserHost } from '../../../electron/host/browser-host.ts';
import { brokenJsonText, deeplyNestedJson, hostileJsonValue, hostileText } from '../../fixtures/arbitraries/hostile-text.ts';
import { expectTypedSerializedFailure } from '../../fixtures/arbitraries/typed-failure.ts';

// Property-based: the browser host reads bridge calls from HTTP — a path naming the channel, a JSON body —
// before dispatch sees them. Whatever the path and body, a call with the token gets a JSON answer: the
// handler's, or a typed error that is not 'internal' (never a 500), and no handler sees a bad argument.

const TOKEN = 'property-token-0123456789';
const calls: { channel: BridgeChannel; args: unknown }[] = [];
let host: BrowserHost;
let staticRoot: string;

beforeAll(async () => {
  const handlers = Object.fromEntries(
    BRIDGE_CHANNEL_NAMES.map((channel) => [
      channel,
      (args: unknown) => {
        calls.push({ channel, args });
        return { handled: channel };
      },
    ]),
  ) as unknown as BridgeHandlers;
  const library = Object.assign(new EventEmitter(), {
    folderOf: (id: string): string => {
      throw new CopydeskError('not-found', `There is no story with id ${id}.`);
    },
  });
  staticRoot = await mkdtemp(join(tmpdir(), 'copydesk-host-'));
  await writeFile(join(staticRoot, 'index.html'), '<!doctype html><title>Copydesk</title>');
  host = await startBrowserHost({ handlers, library, staticRoot, token: TOKEN });
});

afterAll(async () => {
  await host.close();
  await rm(staticRoot, { recursive: true, force: true });
});

interface Answer {
  status: number;
  contentType: string;
  body: string;
}

function post(path: string, body: Uint8Array): Promise<Answer> {
  return send('POST', path, { 'content-type': 'application/json', [TOKEN_HEADER]: TOKEN }, body);
}

function send(method: string, path: string, headers: Record<string, string>, body?: Uint8Array): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: '127.0.0.1', port: host.port, path, method, headers: { host: `127.0.0.1:${host.port}`, ...headers } },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, contentType: String(response.headers['content-type']), body: text }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/** A path's channel part: channel names, percent signs (well or badly encoded), dots, encoded slashes. */
const channelPart = fc.oneof(
  fc.constantFrom(...BRIDGE_CHANNEL_NAMES),
  fc.constantFrom(...BRIDGE_CHANNEL_NAMES).map((name) => encodeURIComponent(name)),
  fc.string({ unit: fc.constantFrom(...'story:open%0123456789abcdefABCDEFZz.-_~+'), maxLength: 24 }),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%C0%80', '%00', '%2F..%2F', '__proto__', 'constructor', 'events'),
);

const encoder = new TextEncoder();
const jsonBody = fc.oneof(
  hostileJsonValue.map((value) => JSON.stringify(value) ?? ''),
  brokenJsonText(hostileJsonValue.map((value) => JSON.stringify(value) ?? '{}')),
  hostileText,
  deeplyNestedJson.map((nested) => nested.text),
);
const body = fc.oneof(
  { weight: 5, arbitrary: jsonBody.map((text) => encoder.encode(text)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 512 }) }, // not UTF-8 at all
);

describe('the browser host, given any request', () => {
  it('answers every path and body with JSON: the handler’s answer, or a typed error that is not internal', async () => {
    await fc.assert(
      fc.asyncProperty(channelPart, body, async (channel, bytes) => {
        calls.length = 0;
        const answer = await post(`/api/${channel}`, bytes);
        expect(answer.status, answer.body).not.toBeGreaterThanOrEqual(500);
        expect(answer.contentType).toMatch(/^application\/json/);
        const response = JSON.parse(answer.body) as { ok: boolean; value?: unknown; error?: { code: never; message: string } };
        if (response.ok) {
          expect(answer.status).toBe(200);
          expect(calls).toHaveLength(1);
          const { channel: called, args } = calls[0]!;
          expect(isBridgeChannel(called)).toBe(true);
          expect(BRIDGE_CHANNELS[called].input.safeParse(args).success).toBe(true);
          return;
        }
        expect(calls).toEqual([]);
        expectTypedSerializedFailure(response.error!, ['invalid-argument']);
      }),
      { numRuns: 600 },
    );
  });

  it('answers a page request with any cookie, token or path with 200, 401 or 404, never a 500', async () => {
    const percentText = fc.string({ unit: fc.constantFrom(...'%0123456789abcdefABCDEFZz=;._-~ '), maxLength: 30 });
    await fc.assert(
      fc.asyncProperty(percentText, percentText, fc.boolean(), async (cookie, path, withToken) => {
        const query = withToken ? `?token=${TOKEN}` : '';
        const answer = await send('GET', `/${path.replace(/ /g, '%20')}${query}`, { cookie: `copydesk_token=${cookie}` });
        expect([200, 401, 404], answer.body).toContain(answer.status);
      }),
      { numRuns: 400 },
    );
  });
});

// Counterexamples the properties above found, kept as plain tests.
describe('the browser host, given the requests the properties found', () => {
  it('answers a bridge call to "/api/%" with a 400 bad-argument error, not a 500', async () => {
    const answer = await post('/api/%', new Uint8Array());
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('takes a token cookie with broken percent-encoding as no token (401), not a 500', async () => {
    expect((await send('GET', '/', { cookie: 'copydesk_token=%' })).status).toBe(401);
  });

  it('answers a page request for "/%E0%A4%A" with a 404, not a 500', async () => {
    expect((await send('GET', `/%E0%A4%A?token=${TOKEN}`, {})).status).toBe(404);
  });
});
