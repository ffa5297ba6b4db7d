// How events reach the window: one IPC channel carries every bridge event as (name, payload). Shared by the
// main process (sender) and the preload (listener), so it imports nothing from `electron`.

import type { BridgeEventName, BridgeEvents } from '../../shared/bridge/contract.ts';
import type { LibraryEvents } from '../library/story-library.ts';

export const BRIDGE_EVENT_CHANNEL = 'copydesk:event';

/** Which bridge event each library event becomes. */
export const LIBRARY_EVENTS_TO_BRIDGE: { [L in keyof LibraryEvents]: BridgeEventName } = {
  storyChanged: 'onStoryChangedOnDisk',
  libraryChanged: 'onLibraryChanged',
};

/** The part of a BrowserWindow an event is sent through. */
export interface BridgeEventTarget {
  isDestroyed(): boolean;
  webContents: { send(channel: string, ...args: unknown[]): void };
}

/** Sends a bridge event to a window, if there is one still open; answers whether it was sent. */
export function sendBridgeEvent<E extends BridgeEventName>(
  window: BridgeEventTarget | null | undefined,
  name: E,
  payload: BridgeEvents[E],
): boolean {
  if (!window || window.isDestroyed()) return false;
  window.webContents.send(BRIDGE_EVENT_CHANNEL, name, payload);
  return true;
}
