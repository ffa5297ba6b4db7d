import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { WindowState } from '../../../shared/bridge/preferences.ts';
import type { PreferencesStore } from '../../../electron/preferences/preferences-store.ts';
import { electron, FakeBrowserWindow } from './fake-electron.ts';

vi.mock('electron', async () => (await import('./fake-electron.ts')).electronModule());

const { createMainWindow, revealWindow } = await import('../../../electron/shell/main-window.ts');

function fakePreferences(window: WindowState | null = null) {
  const saved: WindowState[] = [];
  const preferences = {
    get: () => ({ libraryPath: '/stories', authorName: '', creditStyle: 'cnn', customCreditPattern: '', window, lastOpenedStoryId: null }),
    setWindowState: (state: WindowState) => void saved.push(state),
  } as unknown as PreferencesStore;
  return { preferences, saved };
}

const renderer = { kind: 'app', folder: '/app/out/renderer' } as const;

function openWindow(window: WindowState | null = null, saveDelayMs = 500) {
  const { preferences, saved } = fakePreferences(window);
  const created = createMainWindow({ preloadPath: '/app/out/preload/index.cjs', renderer, preferences, saveDelayMs });
  return { window: created as unknown as FakeBrowserWindow, saved };
}

beforeEach(() => {
  FakeBrowserWindow.instances = [];
  electron.screen.displays = [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }];
});

describe('createMainWindow()', () => {
  it('isolates the page from Node: context isolation, the sandbox, no Node integration, web security', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      webviewTag: false,
    });
  });

  it('turns on no experimental Chromium or Blink features', () => {
    const { webPreferences } = openWindow().window.options;
    expect(webPreferences.experimentalFeatures).toBe(false);
    expect(webPreferences.enableBlinkFeatures).toBeUndefined();
  });

  it('lets no dropped file navigate the page, and uses no network spell checker', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences).toMatchObject({
      navigateOnDragDrop: false,
      allowRunningInsecureContent: false,
      safeDialogs: true,
      spellcheck: false,
    });
  });

  it('gives the page the bridge through the built preload', () => {
    const { window } = openWindow();
    expect(window.options.webPreferences.preload).toBe('/app/out/preload/index.cjs');
  });

  it('paints the window in the page’s own paper colour, dark when the theme is dark, so it never flashes white', () => {
    electron.nativeTheme.shouldUseDarkColors = false;
    expect(openWindow().window.options.backgroundColor).toBe('#f6f4ef');
    electron.nativeTheme.shouldUseDarkColors = true;
    expect(openWindow().window.options.backgroundColor).toBe('#15171b');
    electron.nativeTheme.shouldUseDarkColors = false;
  });

  it('loads the built renderer through app://, never from file://', () => {
    const { window } = openWindow();
    expect(window.loadURL).toHaveBeenCalledWith('app://copydesk/index.html');
    expect(window.loadFile).not.toHaveBeenCalled();
  });

  it('reopens the story that was open last time, in the address the interface reads', () => {
    const { preferences } = fakePreferences();
    const id = '01m8fzr48d71xyqer7h1g72yw3';
    const built = createMainWindow({ preloadPath: '/p.cjs', renderer, preferences, openStoryId: id }) as unknown as FakeBrowserWindow;
    expect(built.loadURL).toHaveBeenCalledWith(`app://copydesk/index.html#/story/${id}`);
    const fromDev = createMainWindow({
      preloadPath: '/p.cjs',
      renderer: { kind: 'dev-server', url: 'http://localhost:5173/' },
      preferences,
      openStoryId: id,
    }) as unknown as FakeBrowserWindow;
    expect(fromDev.loadURL).toHaveBeenCalledWith(`http://localhost:5173/#/story/${id}`);
  });

  it('starts at the library when the remembered id is not a story id', () => {
    const { preferences } = fakePreferences();
    const created = createMainWindow({ preloadPath: '/p.cjs', renderer, preferences, openStoryId: '../../etc' }) as unknown as FakeBrowserWindow;
    expect(created.loadURL).toHaveBeenCalledWith('app://copydesk/index.html');
  });

  it('loads the dev server instead while developing', () => {
    const { preferences } = fakePreferences();
    const created = createMainWindow({
      preloadPath: '/p.cjs',
      renderer: { kind: 'dev-server', url: 'http://localhost:5173/' },
      preferences,
    }) as unknown as FakeBrowserWindow;
    expect(created.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('opens where it was last time, and maximised if it was', () => {
    const { window } = openWindow({ x: 100, y: 50, width: 1000, height: 700, maximized: true });
    expect(window.options).toMatchObject({ x: 100, y: 50, width: 1000, height: 700 });
    expect(window.visible).toBe(false);
    window.emit('ready-to-show');
    expect(window.maximize).toHaveBeenCalled();
    expect(window.visible).toBe(true);
  });

  it('is moved onto a screen that still exists when its old one is gone', () => {
    const { window } = openWindow({ x: 2500, y: 50, width: 1000, height: 700, maximized: false });
    expect(window.options.x).toBeUndefined();
    expect(window.options.y).toBeUndefined();
    expect(window.options).toMatchObject({ width: 1000, height: 700 });
  });

  it('remembers its size and place once moving has settled, not on every event', () => {
    vi.useFakeTimers();
    try {
      const { window, saved } = openWindow(null, 500);
      window.normalBounds = { x: 30, y: 40, width: 900, height: 600 };
      window.emit('move');
      window.emit('resize');
      window.emit('move');
      expect(saved).toEqual([]);
      vi.advanceTimersByTime(500);
      expect(saved).toEqual([{ x: 30, y: 40, width: 900, height: 600, maximized: false }]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('remembers being maximised or restored', () => {
    vi.useFakeTimers();
    try {
      const { window, saved } = openWindow(null, 100);
      window.maximized = true;
      window.emit('maximize');
      vi.advanceTimersByTime(100);
      window.maximized = false;
      window.emit('unmaximize');
      vi.advanceTimersByTime(100);
      expect(saved.map((state) => state.maximized)).toEqual([true, false]);
    } finally {
      vi.useRealTimers();
    }
  });

  it('closes even when its size cannot be remembered, saying why in the log', () => {
    const preferences = {
      get: () => ({ window: null }),
      setWindowState: () => {
        throw new Error('EACCES: permission denied');
      },
    } as unknown as PreferencesStore;
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    try {
      const window = createMainWindow({ preloadPath: '/p.cjs', renderer, preferences }) as unknown as FakeBrowserWindow;
      expect(() => window.close()).not.toThrow();
      expect(warn).toHaveBeenCalledWith('Copydesk could not remember the window size:', expect.any(Error));
    } finally {
      warn.mockRestore();
    }
  });

  it('remembers its state at once when closed', () => {
    const { window, saved } = openWindow();
    window.normalBounds = { x: 5, y: 6, width: 800, height: 500 };
    window.maximized = true;
    window.close();
    expect(saved).toEqual([{ x: 5, y: 6, width: 800, height: 500, maximized: true }]);
  });
});

describe('revealWindow()', () => {
  it('asks before closing over unsaved changes, and closes only if the user says so', () => {
    const { window } = openWindow();
    const unload = (answer: number) => {
      electron.dialog.showMessageBoxSync.mockReturnValueOnce(answer);
      let closes = false;
      window.webContents.emit('will-prevent-unload', { preventDefault: () => (closes = true) });
      return closes;
    };
    expect(unload(0)).toBe(false); // "Keep editing"
    expect(unload(1)).toBe(true); // "Close without saving"
    expect(electron.dialog.showMessageBoxSync.mock.calls[0]?.[1]).toMatchObject({
      message: 'Some of your latest changes are not saved yet.',
    });
  });

  it('un-minimises the window and brings it to the front', () => {
    const { window } = openWindow();
    window.minimized = true;
    revealWindow(window as never);
    expect(window.restore).toHaveBeenCalled();
    expect(window.focus).toHaveBeenCalled();
    expect(window.visible).toBe(true);
  });
});
