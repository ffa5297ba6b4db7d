// The one editor window: locked-down web preferences, the size and place it had last time, and the page
// it loads (the built renderer at app://copydesk/, or electron-vite's dev server while developing).

import { BrowserWindow, dialog, nativeTheme, screen } from 'electron';
import type { PreferencesStore } from '../preferences/preferences-store.ts';
import { appPageUrl } from './app-url.ts';
import type { RendererLocation } from './renderer-location.ts';
import { initialWindowBounds, MIN_SIZE, windowStateOf } from './window-state.ts';

export interface MainWindowOptions {
  preloadPath: string;
  renderer: RendererLocation;
  preferences: PreferencesStore;
  /** Moving or resizing fires many events; the state is written once things settle. */
  saveDelayMs?: number;
  /**
   * The story to reopen, as the person left it: the last one opened, if the library still has it. The
   * window starts at the library otherwise.
   */
  openStoryId?: string | null;
}

export function createMainWindow({
  preloadPath,
  renderer,
  preferences,
  saveDelayMs = 500,
  openStoryId = null,
}: MainWindowOptions): BrowserWindow {
  const bounds = initialWindowBounds(
    preferences.get().window,
    screen.getAllDisplays().map((display) => display.workArea),
    screen.getPrimaryDisplay().workArea,
  );
  const window = new BrowserWindow({
    ...(bounds.x !== undefined && bounds.y !== undefined ? { x: bounds.x, y: bounds.y } : {}),
    width: bounds.width,
    height: bounds.height,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: 'Copydesk',
    // Shown once painted, so the user never sees a blank frame; and that frame is the page's own colour
    // (--paper in renderer/src/styles/base.css), so a dark window never flashes white.
    show: false,
    backgroundColor: windowBackground(),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInSubFrames: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      // Chromium features not yet shipped to everyone stay off (no enableBlinkFeatures either).
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spell checker fetches dictionaries from Google on Linux; Copydesk never uses the network
      // at run time (ARCHITECTURE.md), and spelling comes from a shipped library instead.
      spellcheck: false,
    },
  });

  window.once('ready-to-show', () => {
    if (bounds.maximized) window.maximize();
    window.show();
  });
  rememberWindowState(window, preferences, saveDelayMs);
  confirmLeavingUnsavedWork(window);
  loadRenderer(window, renderer, openStoryId);
  return window;
}

/**
 * The page cancels unloading (its beforeunload handler) while words are not yet on disk. A browser asks the
 * user; Electron silently keeps the window open unless the shell asks instead, which it does here.
 */
function confirmLeavingUnsavedWork(window: BrowserWindow): void {
  window.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(window, {
      type: 'warning',
      buttons: ['Keep editing', 'Close without saving'],
      defaultId: 0,
      cancelId: 0,
      title: 'Unsaved changes',
      message: 'Some of your latest changes are not saved yet.',
      detail: 'Copydesk is still trying to save them. If you close now, those changes will be lost.',
    });
    if (choice === 1) event.preventDefault(); // preventDefault here means "ignore beforeunload and close"
  });
}

/** Brings the window to the front, un-minimising it (a second launch, a dock click). */
export function revealWindow(window: BrowserWindow): void {
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
}

function rememberWindowState(window: BrowserWindow, preferences: PreferencesStore, delayMs: number): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    timer = undefined;
    if (window.isDestroyed()) return;
    try {
      // Normal bounds, so a maximised window still remembers the size to return to.
      preferences.setWindowState(windowStateOf(window.getNormalBounds(), window.isMaximized()));
    } catch (error) {
      // Losing the window's place is not worth interrupting anyone for.
      console.warn('Copydesk could not remember the window size:', error);
    }
  };
  const saveSoon = () => {
    clearTimeout(timer);
    timer = setTimeout(save, delayMs);
  };
  window.on('move', saveSoon);
  window.on('resize', saveSoon);
  window.on('maximize', saveSoon);
  window.on('unmaximize', saveSoon);
  window.on('close', save);
}

/** The page's paper colour in the theme Electron is showing (nativeTheme follows the Theme preference). */
export function windowBackground(): string {
  return nativeTheme.shouldUseDarkColors ? '#15171b' : '#f6f4ef';
}

/** Story ids are 26 lowercase base32 characters (shared/story/schema.ts): nothing else goes into the address. */
const STORY_ID = /^[0-9a-hjkmnp-tv-z]{26}$/;

function loadRenderer(window: BrowserWindow, renderer: RendererLocation, openStoryId: string | null): void {
  // The interface keeps where it is in the address's hash (renderer/src/app/route.ts): "#/story/<id>".
  const hash = openStoryId && STORY_ID.test(openStoryId) ? `/story/${openStoryId}` : '';
  // The built page comes through app:// (app-protocol.ts), never file://.
  const url = renderer.kind === 'app' ? appPageUrl(hash) : hash ? `${renderer.url}#${hash}` : renderer.url;
  window.loadURL(url).catch((error: unknown) => {
    const where = renderer.kind === 'app' ? `${url}, served from ${renderer.folder} (run "npm run build" first)` : url;
    console.error(`Copydesk could not load its window from ${where}:`, error);
  });
}
