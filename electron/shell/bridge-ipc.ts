// The bridge over Electron IPC: one `ipcMain.handle` per channel of the shared contract, each answering
// only our own window's own page, and library events passed on to that window.

import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import { BRIDGE_CHANNEL_NAMES, type BridgeEventName, type BridgeEvents, type BridgeResponse } from '../../shared/bridge/contract.ts';
import { dispatch, type BridgeHandlers } from '../bridge/handlers.ts';
import type { LibraryEventSource } from '../library/library-session.ts';
import { LIBRARY_EVENTS_TO_BRIDGE, sendBridgeEvent } from './bridge-events.ts';
import { isOwnPageUrl, type RendererLocation } from './renderer-location.ts';

export interface BridgeIpcOptions {
  handlers: BridgeHandlers;
  /** The open library's changes (the LibrarySession, so they follow File ▸ Open Library…). */
  library: LibraryEventSource;
  /** The window allowed to call; null while there is none (macOS keeps running without windows). */
  getMainWindow: () => BrowserWindow | null;
  renderer: RendererLocation;
}

/** Registers the handlers and event forwarding; returns a function that removes them again. */
export function setupBridgeIpc({ handlers, library, getMainWindow, renderer }: BridgeIpcOptions): () => void {
  for (const channel of BRIDGE_CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, args: unknown): Promise<BridgeResponse<unknown>> | BridgeResponse<unknown> => {
      if (!isTrustedSender(event, getMainWindow(), renderer)) return refused(channel);
      return dispatch(handlers, channel, args);
    });
  }

  const send = <E extends BridgeEventName>(name: E, payload: BridgeEvents[E]) => sendBridgeEvent(getMainWindow(), name, payload);
  const onStoryChanged = (payload: BridgeEvents['onStoryChangedOnDisk']) => send(LIBRARY_EVENTS_TO_BRIDGE.storyChanged, payload);
  const onLibraryChanged = (payload: BridgeEvents['onLibraryChanged']) => send(LIBRARY_EVENTS_TO_BRIDGE.libraryChanged, payload);
  library.on('storyChanged', onStoryChanged);
  library.on('libraryChanged', onLibraryChanged);

  return () => {
    for (const channel of BRIDGE_CHANNEL_NAMES) ipcMain.removeHandler(channel);
    library.off('storyChanged', onStoryChanged);
    library.off('libraryChanged', onLibraryChanged);
  };
}

/**
 * True only for a message from the top frame of our main window while it shows our own page. Anything
 * else — a frame inside the page, another window, a page the window was somehow navigated to — could be
 * content we do not control, and the bridge reaches the user's files.
 */
export function isTrustedSender(
  event: Pick<IpcMainInvokeEvent, 'sender' | 'senderFrame'>,
  window: BrowserWindow | null,
  renderer: RendererLocation,
): boolean {
  if (!window || window.isDestroyed() || event.sender !== window.webContents) return false;
  let frame: IpcMainInvokeEvent['senderFrame'];
  try {
    frame = event.senderFrame; // throws or is null once the frame has navigated away or gone
  } catch {
    return false;
  }
  if (!frame || frame.parent !== null) return false;
  if (frame.frameTreeNodeId !== window.webContents.mainFrame.frameTreeNodeId) return false;
  return isOwnPageUrl(renderer, frame.url);
}

function refused(channel: string): BridgeResponse<never> {
  return {
    ok: false,
    error: { code: 'unauthorized', message: `The ${channel} request did not come from Copydesk's own window, so it was refused.` },
  };
}
