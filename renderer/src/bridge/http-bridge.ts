// The bridge over HTTP, for the browser host (electron/host/browser-host.ts): each call is a POST to
// /api/<domain:verb> carrying the per-run token in a header; each answer is a BridgeResponse envelope that is
// unwrapped here, so UI code sees values or thrown CopydeskErrors exactly as it does under Electron.
// Events arrive as Server-Sent Events on /api/events.

import {
  BRIDGE_EVENT_NAMES,
  createBridgeClient,
  type BridgeChannel,
  type BridgeEventName,
  type BridgeEvents,
  type CopydeskBridge,
} from '../../../shared/bridge/contract.ts';
import { CopydeskError, isErrorCode, type SerializedError } from '../../../shared/errors.ts';

export const TOKEN_HEADER = 'X-Copydesk-Token';
export const TOKEN_STORAGE_KEY = 'copydesk.token';

/** What the HTTP bridge needs from the browser, so tests can hand it fakes. */
export interface HttpBridgeOptions {
  /** The per-run secret; null when the page was opened without it. */
  token: string | null;
  fetch: typeof fetch;
  /** Opens the event stream; EventSource in the browser. */
  openEventSource?: (url: string) => EventSourceLike;
  /** Prefix for the host's paths; '' means this page's origin. */
  baseUrl?: string;
}

/** The part of EventSource the bridge uses. */
export interface EventSourceLike {
  addEventListener(type: string, listener: (event: MessageEvent) => void): void;
  close(): void;
}

const NO_TOKEN_MESSAGE =
  'This window has no access token, so Copydesk cannot reach your library. ' +
  'Open the full address printed when Copydesk started (it ends in ?token=…).';

export function createHttpBridge(options: HttpBridgeOptions): CopydeskBridge {
  const baseUrl = options.baseUrl ?? '';

  async function invoke(channel: BridgeChannel, args: unknown): Promise<unknown> {
    if (!options.token) throw new CopydeskError('unauthorized', NO_TOKEN_MESSAGE);
    let response: Response;
    try {
      response = await options.fetch(`${baseUrl}/api/${channel}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', [TOKEN_HEADER]: options.token },
        body: JSON.stringify(args ?? {}),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new CopydeskError(
        'io',
        `Copydesk could not reach its host (${reason}). Is the "npm run web" process still running?`,
      );
    }
    const text = await response.text().catch(() => '');
    const envelope = parseEnvelope(text);
    if (envelope) {
      if (envelope.ok) return envelope.value;
      throw reviveError(envelope.error);
    }
    // Not an envelope: the host's door refused the request before any handler saw it (token, host, type).
    const message = text.trim() || `The Copydesk host answered ${response.status} ${response.statusText}.`;
    throw new CopydeskError(response.status === 401 ? 'unauthorized' : 'internal', message);
  }

  return createBridgeClient(invoke, createEventSubscriber(`${baseUrl}/api/events`, options.openEventSource));
}

type Envelope = { ok: true; value: unknown } | { ok: false; error: unknown };

function parseEnvelope(text: string): Envelope | null {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof data !== 'object' || data === null || !('ok' in data)) return null;
  if (data.ok === true && 'value' in data) return { ok: true, value: data.value };
  if (data.ok === false && 'error' in data) return { ok: false, error: data.error };
  return null;
}

/** Turns an error from the wire (or from any bridge) into a CopydeskError with a code the UI can switch on. */
export function reviveError(error: unknown): CopydeskError {
  if (error instanceof CopydeskError) return error;
  if (typeof error === 'object' && error !== null) {
    const data = error as Partial<SerializedError>;
    const message = typeof data.message === 'string' && data.message ? data.message : 'Something went wrong.';
    if (isErrorCode(data.code)) return CopydeskError.fromJSON({ ...(data as SerializedError), message });
    if (error instanceof Error) return new CopydeskError('internal', error.message);
    return new CopydeskError('internal', message);
  }
  return new CopydeskError('internal', String(error));
}

/** One EventSource per bridge, opened on the first subscription; listeners are fanned out by event name. */
function createEventSubscriber(
  url: string,
  openEventSource: HttpBridgeOptions['openEventSource'],
): CopydeskBridge['on'] {
  const listeners = new Map<BridgeEventName, Set<(payload: never) => void>>();
  let source: EventSourceLike | null = null;

  function connect(): void {
    if (source || !openEventSource) return;
    source = openEventSource(url);
    for (const name of BRIDGE_EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        let payload: unknown;
        try {
          payload = JSON.parse(String(event.data));
        } catch {
          return; // a garbled event is dropped, never passed on half-read
        }
        for (const listener of listeners.get(name) ?? []) (listener as (payload: unknown) => void)(payload);
      });
    }
  }

  return function on<E extends BridgeEventName>(event: E, listener: (payload: BridgeEvents[E]) => void) {
    let set = listeners.get(event);
    if (!set) listeners.set(event, (set = new Set()));
    set.add(listener);
    connect();
    return () => {
      set.delete(listener);
    };
  };
}

/** The token from `?token=…`, remembered for this tab so a reload without the query still works. */
export function readToken(search: string, storage: Pick<Storage, 'getItem' | 'setItem'> | null): string | null {
  const fromQuery = new URLSearchParams(search).get('token');
  try {
    if (fromQuery) {
      storage?.setItem(TOKEN_STORAGE_KEY, fromQuery);
      return fromQuery;
    }
    return storage?.getItem(TOKEN_STORAGE_KEY) ?? null;
  } catch {
    return fromQuery; // storage can be switched off; the query still works
  }
}
