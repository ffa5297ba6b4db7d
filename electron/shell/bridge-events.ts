// How library events reach the window: one IPC channel carries every bridge event as (name, payload).
// Shared by the main process (sender) and the preload (listener), so it imports nothing from `electron`.

import type { BridgeEventName } from '../../shared/bridge/contract.ts';
import type { LibraryEvents } from '../library/story-library.ts';

export const BRIDGE_EVENT_CHANNEL = 'copydesk:event';

/** Which bridge event each library event becomes. */
export const LIBRARY_EVENTS_TO_BRIDGE: { [L in keyof LibraryEvents]: BridgeEventName } = {
  storyChanged: 'onStoryChangedOnDisk',
  libraryChanged: 'onLibraryChanged',
};
