// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { CopydeskError } from '../../../shared/errors.ts';
import {
  createHttpBridge,
  readToken,
  reviveError,
  TOKEN_STORAGE_KEY,
  type EventSourceLike,
} from '../../../renderer/src/bridge/http-bridge.ts';

function jsonResponse(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
}

function fakeFetch(answer: () => Response | Promise<Response>) {
  return vi.fn<typeof fetch>(async () => answer());
}

describe('createHttpBridge()', () => {
  it('posts each call to /api/<domain:verb> with the token header and the JSON argument', async () => {
    const fetch = fakeFetch(() => jsonResponse({ ok: true, value: { story: {}, revision: 'r', path: '/p', migratedFrom: null } }));
    const bridge = createHttpBridge({ token: 's3cret', fetch });

    await bridge.story.open({ id: '01jabcdefghjkmnpqrstvwxyz0' });

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0]!;
    expect(url).toBe('/api/story:open');
    expect(init?.method).toBe('POST');
    const headers = new Headers(init?.headers);
    expect(headers.get('X-Copydesk-Token')).toBe('s3cret');
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(JSON.parse(String(init?.body))).toEqual({ id: '01jabcdefghjkmnpqrstvwxyz0' });
  });

  it('sends an empty object for calls without arguments', async () => {
    const fetch = fakeFetch(() => jsonResponse({ ok: true, value: [] }));
    await createHttpBridge({ token: 't', fetch }).library.list({});
    expect(JSON.parse(String(fetch.mock.calls[0]![1]?.body))).toEqual({});
  });

  it('unwraps a successful envelope to its value', async () => {
    const summaries = [{ id: 'a', headline: 'Storm closes the harbour' }];
    const bridge = createHttpBridge({ token: 't', fetch: fakeFetch(() => jsonResponse({ ok: true, value: summaries })) });
    await expect(bridge.library.list({})).resolves.toEqual(summaries);
  });

  it('throws a failed envelope as a CopydeskError with its code and details', async () => {
    const error = {
      code: 'conflict',
      message: 'The story was changed on disk since it was opened.',
      path: '/library/2026-storm/story.json',
      currentRevision: 'f'.repeat(64),
    };
    const bridge = createHttpBridge({ token: 't', fetch: fakeFetch(() => jsonResponse({ ok: false, error })) });

    const thrown = await bridge.story
      .save({ id: 'x', story: {} as never, baseRevision: '0'.repeat(64) })
      .catch((caught: unknown) => caught);

    expect(thrown).toBeInstanceOf(CopydeskError);
    expect(thrown).toMatchObject({
      code: 'conflict',
      message: error.message,
      details: { path: error.path, currentRevision: error.currentRevision },
    });
  });

  it('turns a plain-text 401 from the host into an "unauthorized" error carrying the host’s words', async () => {
    const text = 'This Copydesk address needs its access token. Open the full address (it ends in ?token=…).';
    const bridge = createHttpBridge({ token: 'wrong', fetch: fakeFetch(() => new Response(text, { status: 401 })) });
    await expect(bridge.library.info({})).rejects.toMatchObject({ code: 'unauthorized', message: text });
  });

  it('says the host cannot be reached when the request itself fails', async () => {
    const bridge = createHttpBridge({
      token: 't',
      fetch: fakeFetch(() => Promise.reject(new TypeError('Failed to fetch'))),
    });
    const thrown = await bridge.library.list({}).catch((caught: unknown) => caught);
    expect(thrown).toBeInstanceOf(CopydeskError);
    expect((thrown as CopydeskError).code).toBe('io');
    expect((thrown as CopydeskError).message).toMatch(/could not reach its host \(Failed to fetch\)/);
  });

  it('refuses to call without a token and tells the person which address to open', async () => {
    const fetch = fakeFetch(() => jsonResponse({ ok: true, value: [] }));
    const bridge = createHttpBridge({ token: null, fetch });
    await expect(bridge.library.list({})).rejects.toMatchObject({ code: 'unauthorized', message: expect.stringContaining('?token=') });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('delivers server-sent events to listeners by name, opening one stream for all of them', async () => {
    const handlers = new Map<string, (event: MessageEvent) => void>();
    const source: EventSourceLike = { addEventListener: (type, listener) => handlers.set(type, listener), close: vi.fn() };
    const openEventSource = vi.fn(() => source);
    const bridge = createHttpBridge({ token: 't', fetch: fakeFetch(() => jsonResponse({})), openEventSource });

    const changed = vi.fn();
    const library = vi.fn();
    const stop = bridge.on('onStoryChangedOnDisk', changed);
    bridge.on('onLibraryChanged', library);
    handlers.get('onStoryChangedOnDisk')!(new MessageEvent('onStoryChangedOnDisk', { data: '{"id":"a","revision":"r"}' }));
    handlers.get('onLibraryChanged')!(new MessageEvent('onLibraryChanged', { data: 'not json' }));
    stop();
    handlers.get('onStoryChangedOnDisk')!(new MessageEvent('onStoryChangedOnDisk', { data: '{"id":"b","revision":null}' }));

    expect(openEventSource).toHaveBeenCalledTimes(1);
    expect(openEventSource).toHaveBeenCalledWith('/api/events');
    expect(changed).toHaveBeenCalledTimes(1);
    expect(changed).toHaveBeenCalledWith({ id: 'a', revision: 'r' });
    expect(library).not.toHaveBeenCalled(); // a garbled event is dropped
  });
});

describe('reviveError()', () => {
  it('revives the plain data the Electron preload rejects with', () => {
    const revived = reviveError({ name: 'CopydeskError', code: 'read-only', message: 'The folder is read-only.', path: '/x' });
    expect(revived).toBeInstanceOf(CopydeskError);
    expect(revived).toMatchObject({ code: 'read-only', message: 'The folder is read-only.', details: { path: '/x' } });
  });

  it('calls anything without a known code an internal error, keeping its message', () => {
    expect(reviveError(new Error('boom'))).toMatchObject({ code: 'internal', message: 'boom' });
    expect(reviveError({ code: 'no-such-code', message: 'odd' })).toMatchObject({ code: 'internal', message: 'odd' });
  });
});

describe('readToken()', () => {
  it('takes the token from ?token= and remembers it for this tab', () => {
    sessionStorage.clear();
    expect(readToken('?token=abc', sessionStorage)).toBe('abc');
    expect(sessionStorage.getItem(TOKEN_STORAGE_KEY)).toBe('abc');
  });

  it('finds the remembered token after a reload without the query', () => {
    sessionStorage.clear();
    readToken('?token=abc', sessionStorage);
    expect(readToken('', sessionStorage)).toBe('abc');
  });

  it('answers null when the page never had a token', () => {
    sessionStorage.clear();
    expect(readToken('', sessionStorage)).toBeNull();
  });
});
