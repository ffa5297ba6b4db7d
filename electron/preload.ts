// The preload: exposes the bridge as `window.copydesk` and nothing else. It runs sandboxed, so it may
// import only `electron`; the shared code it uses is bundled into it (CommonJS) by electron-vite.

import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import {
  BRIDGE_EVENT_NAMES,
  createBridgeClient,
  type BridgeChannel,
  type BridgeResponse,
  type CopydeskBridge,
} from '../shared/bridge/contract.ts';
import type { SerializedError } from '../shared/errors.ts';
import { BRIDGE_EVENT_CHANNEL } from './shell/bridge-events.ts';

/**
 * A failed call rejects with plain data, not an Error: contextBridge copies only the message of an Error
 * and drops every other property, while a plain object crosses whole. The renderer revives it with
 * `CopydeskError.fromJSON` (its `name` says what it is).
 */
export type BridgeFailure = SerializedError & { name: 'CopydeskError' };

async function invoke(channel: BridgeChannel, args: unknown): Promise<unknown> {
  const response = (await ipcRenderer.invoke(channel, args)) as BridgeResponse<unknown>;
  if (response.ok) return response.value;
  const failure: BridgeFailure = { ...response.error, name: 'CopydeskError' };
  throw failure;
}

const subscribe: CopydeskBridge['on'] = (event, listener) => {
  if (!BRIDGE_EVENT_NAMES.includes(event)) throw new TypeError(`There is no bridge event named "${String(event)}".`);
  if (typeof listener !== 'function') throw new TypeError('The listener must be a function.');
  // The IPC event itself stays here: handing it to the page would hand over ipcRenderer with it.
  const forward = (_event: IpcRendererEvent, name: unknown, payload: unknown) => {
    if (name === event) listener(payload as Parameters<typeof listener>[0]);
  };
  ipcRenderer.on(BRIDGE_EVENT_CHANNEL, forward);
  return () => {
    ipcRenderer.removeListener(BRIDGE_EVENT_CHANNEL, forward);
  };
};

contextBridge.exposeInMainWorld('copydesk', createBridgeClient(invoke, subscribe));
