import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BRIDGE_CHANNEL_NAMES } from '../../../shared/bridge/contract.ts';
import { preferencesFolder } from '../../../electron/preferences/preferences-store.ts';
import { createStory } from '../../../shared/story/create.ts';

let current: typeof import('./fake-electron.ts') | null = null;

// main.ts runs on import, so each test imports a fresh copy of it with a fresh fake `electron`.
async function startMain(configure: (fake: typeof import('./fake-electron.ts')) => void = () => {}) {
  vi.resetModules();
  const fake = await import('./fake-electron.ts');
  vi.doMock('electron', () => fake.electronModule());
  current = fake;
  fake.FakeBrowserWindow.instances = [];
  configure(fake);
  await import('../../../electron/main.ts');
  return fake;
}

async function firstWindow(fake: typeof import('./fake-electron.ts')) {
  await vi.waitFor(() => expect(fake.FakeBrowserWindow.instances).toHaveLength(1));
  return fake.FakeBrowserWindow.instances[0]!;
}

beforeEach(() => {
  delete process.env.ELECTRON_RENDERER_URL;
  vi.stubEnv('XDG_CONFIG_HOME', ''); // keep preferences inside the fake home folder
});

afterEach(() => {
  vi.unstubAllEnvs();
  current?.electron.app.removePaths();
  current = null;
});

describe('electron/main.ts', () => {
  it('quits at once, touching nothing, when another Copydesk is already running', async () => {
    const { electron } = await startMain(({ electron }) => electron.app.requestSingleInstanceLock.mockReturnValue(false));
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
  });

  it('registers the app and media schemes and turns on the sandbox before the app is ready', async () => {
    const fake = await startMain();
    const { electron } = fake;
    expect(electron.protocol.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.protocol.registerSchemesAsPrivileged.mock.calls[0]![0]).toEqual([
      expect.objectContaining({ scheme: 'app' }),
      expect.objectContaining({ scheme: 'copydesk-media' }),
    ]);
    expect(electron.app.enableSandbox).toHaveBeenCalled();
    await firstWindow(fake); // let start-up finish before its temporary folders are removed
  });

  it('opens the library in Documents/Copydesk on a first start', async () => {
    const fake = await startMain();
    await firstWindow(fake);
    expect(existsSync(join(fake.electron.app.getPath('home'), 'Documents', 'Copydesk', 'library.json'))).toBe(true);
  });

  it('opens the library the preferences (electron-store, in the shared preferences folder) name', async () => {
    const libraryPath = join(tmpdir(), `copydesk-library-${process.pid}-${Date.now()}`);
    const fake = await startMain(({ electron }) => {
      const folder = preferencesFolder(electron.app.getPath('home'));
      mkdirSync(folder, { recursive: true });
      const preferencesFile = join(folder, 'preferences.json');
      writeFileSync(preferencesFile, JSON.stringify({ libraryPath }));
    });
    await firstWindow(fake);
    expect(existsSync(join(libraryPath, 'library.json'))).toBe(true);
    rmSync(libraryPath, { recursive: true, force: true });
  });

  it('wires the bridge, the media scheme and security, then shows one locked-down window', async () => {
    const fake = await startMain();
    const window = await firstWindow(fake);
    const { electron } = fake;
    expect([...electron.ipcMain.handlers.keys()].sort()).toEqual([...BRIDGE_CHANNEL_NAMES].sort());
    expect(electron.protocol.handlers.has('copydesk-media')).toBe(true);
    expect(electron.protocol.handlers.has('app')).toBe(true);
    expect(electron.session.defaultSession.permissionRequestHandler).not.toBeNull();
    expect(window.options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // Paths are relative to the bundled main (out/main/index.js): the preload and renderer sit beside it.
    expect(window.options.webPreferences.preload).toMatch(/[\\/]preload[\\/]index\.cjs$/);
    expect(window.loadURL).toHaveBeenCalledWith('app://copydesk/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('serves the window its page through app://, with the app’s policy', async () => {
    const fake = await startMain();
    await firstWindow(fake);
    // The renderer folder sits beside main: out/renderer when bundled, renderer/ when run from source as here.
    const page = await fake.electron.protocol.handlers.get('app')!(new Request('app://copydesk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'none'/);
    expect(await page.text()).toContain('<div id="root"></div>');
  });

  it('answers the bridge for its own window', async () => {
    const fake = await startMain();
    const window = await firstWindow(fake);
    const handler = fake.electron.ipcMain.handlers.get('library:list')!;
    const response = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, {});
    expect(response).toEqual({ ok: true, value: [] });
  });

  it('sets the application menu, with File ▸ Export', async () => {
    const fake = await startMain();
    await firstWindow(fake);
    const file = fake.electron.Menu.applicationMenu?.template.find((item: { label?: string }) => item.label === 'File');
    expect(file?.submenu?.find((item: { label?: string }) => item.label === 'Export')).toMatchObject({ label: 'Export', submenu: expect.arrayContaining([expect.objectContaining({ label: 'Markdown…' })]) });
  });

  it('sets nativeTheme from the theme preference, and again whenever the preference is saved', async () => {
    const fake = await startMain(({ electron }) => {
      const folder = preferencesFolder(electron.app.getPath('home'));
      mkdirSync(folder, { recursive: true });
      writeFileSync(join(folder, 'preferences.json'), JSON.stringify({ theme: 'dark' }));
    });
    const window = await firstWindow(fake);
    expect(fake.electron.nativeTheme.themeSource).toBe('dark');
    const setPreferences = fake.electron.ipcMain.handlers.get('preferences:set')!;
    const sender = { sender: window.webContents, senderFrame: window.webContents.mainFrame };
    await setPreferences(sender, { theme: 'system' });
    expect(fake.electron.nativeTheme.themeSource).toBe('system');
    await setPreferences(sender, { authorName: 'Ana Ruiz' });
    expect(fake.electron.nativeTheme.themeSource).toBe('system');
  });

  it('answers export:chooseDestination with the native save dialog over its window', async () => {
    const fake = await startMain();
    const window = await firstWindow(fake);
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/exports/harbour' });
    const handler = fake.electron.ipcMain.handlers.get('export:chooseDestination')!;
    const response = await handler(
      { sender: window.webContents, senderFrame: window.webContents.mainFrame },
      { format: 'html', suggestedPath: '/exports/harbour.html' },
    );
    expect(response).toEqual({ ok: true, value: { supported: true, path: '/exports/harbour.html' } });
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledWith(window, expect.objectContaining({ defaultPath: '/exports/harbour.html' }));
  });

  it('answers export:pdf with the native save dialog over its window, at <slug>.pdf beside the library', async () => {
    const fake = await startMain();
    const window = await firstWindow(fake);
    fake.electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    const story = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' });
    const handler = fake.electron.ipcMain.handlers.get('export:pdf')!;
    const response = await handler({ sender: window.webContents, senderFrame: window.webContents.mainFrame }, { story });
    expect(response).toEqual({ ok: true, value: { supported: true, path: null } });
    const home = fake.electron.app.getPath('home');
    expect(fake.electron.dialog.showSaveDialog).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ defaultPath: join(home, 'Documents', 'Copydesk Exports', 'harbour-storm.pdf') }),
    );
  });

  it('brings the existing window to the front when Copydesk is launched a second time', async () => {
    const fake = await startMain();
    const window = await firstWindow(fake);
    window.minimized = true;
    fake.electron.app.emit('second-instance', {}, ['copydesk'], '/');
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(fake.FakeBrowserWindow.instances).toHaveLength(1);
  });

  it('opens a new window when activated with none open (the macOS dock)', async () => {
    const fake = await startMain();
    const window = await firstWindow(fake);
    window.close();
    fake.electron.app.emit('activate');
    expect(fake.FakeBrowserWindow.instances).toHaveLength(2);
  });

  it('quits when the last window closes, except on macOS', async () => {
    const fake = await startMain();
    await firstWindow(fake);
    fake.electron.app.emit('window-all-closed');
    if (process.platform === 'darwin') expect(fake.electron.app.quit).not.toHaveBeenCalled();
    else expect(fake.electron.app.quit).toHaveBeenCalled();
  });
});
