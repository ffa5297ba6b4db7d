// Which bridge this window talks through: the Electron preload's `window.copydesk` when it is there,
// otherwise the browser host over HTTP. Either way a failed call throws a CopydeskError, so UI code can
// switch on `error.code` (the preload rejects with plain data, since contextBridge strips Error objects).

import { createBridgeClient, type CopydeskBridge } from '../../../shared/bridge/contract.ts';
import { createHttpBridge, readToken, reviveError } from './http-bridge.ts';

let bridge: CopydeskBridge | null = null;

export function getBridge(): CopydeskBridge {
  bridge ??= window.copydesk ? withRevivedErrors(window.copydesk) : createHttpBridgeForThisPage();
  return bridge;
}

function createHttpBridgeForThisPage(): CopydeskBridge {
  return createHttpBridge({
    token: readToken(window.location.search, safeSessionStorage()),
    fetch: window.fetch.bind(window),
    openEventSource: (url) => new EventSource(url),
  });
}

/** The same bridge, its failures turned into CopydeskErrors. */
export function withRevivedErrors(inner: CopydeskBridge): CopydeskBridge {
  const calls = inner as unknown as Record<string, Record<string, (args: unknown) => Promise<unknown>>>;
  return createBridgeClient(
    async (channel, args) => {
      const [domain = '', verb = ''] = channel.split(':');
      try {
        return await calls[domain]![verb]!(args);
      } catch (error) {
        throw reviveError(error);
      }
    },
    (event, listener) => inner.on(event, listener),
  );
}

function safeSessionStorage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}
