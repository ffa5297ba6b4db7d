// Bridge calls as the browser host answers them (electron/host/browser-host.ts): the request body parsed
// from JSON, dispatch (the contract's validation, then the handler), the answer turned into JSON to send.
// Only the HTTP round trip itself is left out; the browser suites measure what the page waits for.

import { join } from 'node:path';
import { createBridgeHandlers, dispatch, type BridgeHandlers } from '../../../../electron/bridge/handlers.ts';
import type { LibrarySession } from '../../../../electron/library/library-session.ts';
import { createNodePreferencesStore } from '../../../../electron/preferences/preferences-store.ts';

/** The handlers the host builds, over `libraries`, with preferences kept in `scratch`. */
export function hostHandlers(libraries: LibrarySession, scratch: string): BridgeHandlers {
  const preferences = createNodePreferencesStore({ configDir: join(scratch, 'config'), libraryPath: libraries.library.root });
  return createBridgeHandlers({ libraries, preferences });
}

/** Answers one call whose body the page sent as `body`; throws what a refused call said. */
export async function answerAsHost(handlers: BridgeHandlers, channel: string, body: string): Promise<unknown> {
  const answer = await dispatch(handlers, channel, body.length === 0 ? {} : JSON.parse(body));
  JSON.stringify(answer); // the host's sendJson
  if (!answer.ok) throw new Error(`${channel} was refused: ${answer.error.message}`);
  return answer.value;
}
