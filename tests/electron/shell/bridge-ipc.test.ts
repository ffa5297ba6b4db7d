import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNEL_NAMES } from '../../../shared/bridge/contract.ts';
import type { BridgeHandlers } from '../../../electron/bridge/handlers.ts';
import type { StoryLibrary } from '../../../electron/library/story-library.ts';
import { electron, FakeBrowserWindow, FakeWebContents, FakeWebFrame } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { setupBridgeIpc } = await import('../../../electron/shell/bridge-ipc.ts');

const rendererFolder = '/app/out/renderer';
const ownPage = 'app://copydesk/index.html#/story/01m8fzr48d71xyqer7h1g72yw3';
const info = { path: '/stories', storyCount: 2, rebuiltIndex: false };

let window: FakeBrowserWindow | null;
let library: EventEmitter;
let teardown: () => void;
const handlers = { 'library:info': vi.fn(() => info) } as unknown as BridgeHandlers;

beforeEach(() => {
  teardown?.();
  vi.mocked(handlers['library:info']).mockClear();
  window = new FakeBrowserWindow({ width: 800, height: 600 });
  window.webContents.mainFrame.url = ownPage;
  library = new EventEmitter();
  teardown = setupBridgeIpc({
    handlers,
    library: library as unknown as StoryLibrary,
    getMainWindow: () => window as never,
    renderer: { kind: 'app', folder: rendererFolder },
  });
});

function invoke(channel: string, event: { sender: unknown; senderFrame: unknown }, args: unknown = {}) {
  const handler = electron.ipcMain.handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return Promise.resolve(handler(event, args));
}

const fromOwnPage = () => ({ sender: window!.webContents, senderFrame: window!.webContents.mainFrame });

describe('setupBridgeIpc()', () => {
  it('registers a handler for every channel of the bridge contract, and no other', () => {
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...BRIDGE_CHANNEL_NAMES].sort());
  });

  it('answers our own page through dispatch, in the response envelope', async () => {
    await expect(invoke('library:info', fromOwnPage())).resolves.toEqual({ ok: true, value: info });
  });

  it('validates the arguments before any handler runs', async () => {
    const response = await invoke('story:open', fromOwnPage(), { id: '../../etc' });
    expect(response).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
  });

  it('refuses a message from a frame inside the page', async () => {
    const child = new FakeWebFrame(ownPage, window!.webContents.mainFrame);
    const response = await invoke('library:info', { sender: window!.webContents, senderFrame: child });
    expect(response).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(handlers['library:info']).not.toHaveBeenCalled();
  });

  it('refuses a message from another web contents', async () => {
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = ownPage;
    const response = await invoke('library:info', { sender: stranger, senderFrame: stranger.mainFrame });
    expect(response).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(handlers['library:info']).not.toHaveBeenCalled();
  });

  it.each([
    ['https://example.com/'],
    ['app://copydesk/assets/other.html'],
    ['app://elsewhere/index.html'],
    [pathToFileURL(`${rendererFolder}/index.html`).href],
    ['about:blank'],
  ])('refuses a message once the window shows %s, which is not our page', async (url) => {
    window!.webContents.mainFrame.url = url;
    const response = await invoke('library:info', fromOwnPage());
    expect(response).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(handlers['library:info']).not.toHaveBeenCalled();
  });

  it('checks the sender on every channel of the bridge, not only some', async () => {
    const stranger = new FakeWebContents();
    stranger.mainFrame.url = ownPage;
    for (const channel of BRIDGE_CHANNEL_NAMES) {
      const response = await invoke(channel, { sender: stranger, senderFrame: stranger.mainFrame });
      expect(response, channel).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    }
  });

  it('refuses a message whose frame is gone, or when there is no window', async () => {
    expect(await invoke('library:info', { sender: window!.webContents, senderFrame: null })).toMatchObject({ ok: false });
    const event = fromOwnPage();
    window = null;
    expect(await invoke('library:info', event)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('passes library events on to the window as bridge events', () => {
    library.emit('libraryChanged', { reason: 'created' });
    library.emit('storyChanged', { id: 'x', revision: null });
    expect(window!.webContents.send.mock.calls).toEqual([
      ['copydesk:event', 'onLibraryChanged', { reason: 'created' }],
      ['copydesk:event', 'onStoryChangedOnDisk', { id: 'x', revision: null }],
    ]);
  });

  it('sends nothing while there is no window', () => {
    const sent = window!.webContents.send;
    window!.close();
    library.emit('libraryChanged', { reason: 'created' });
    expect(sent).not.toHaveBeenCalled();
  });

  it('removes its handlers and listeners when torn down', () => {
    teardown();
    expect(electron.ipcMain.handlers.size).toBe(0);
    expect(library.listenerCount('libraryChanged')).toBe(0);
    teardown = () => {};
  });
});
