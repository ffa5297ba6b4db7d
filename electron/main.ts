// The Electron main process, in the order things happen. Each step is one `setupX()` from electron/shell/;
// the work itself (the library, preferences, the bridge handlers) lives in plain-Node modules.

import { join } from 'node:path';
import { app, dialog, nativeTheme, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { createBridgeHandlers } from './bridge/handlers.ts';
import { recentItems } from './bridge/library-switching.ts';
import {
  createPreferencesStore,
  defaultLibraryPath,
  PREFERENCES_NAME,
  preferencesFolder,
  type PreferencesStore,
} from './preferences/preferences-store.ts';
import { RecoveryJournal, recoveryFolder } from './recovery/recovery-journal.ts';
import { setupApplicationMenu } from './shell/application-menu.ts';
import { setupBridgeIpc } from './shell/bridge-ipc.ts';
import { createExportDestinationChooser } from './shell/export-dialog.ts';
import { createLibraryFolderChooser } from './shell/library-folder-dialog.ts';
import { createMainWindow, revealWindow } from './shell/main-window.ts';
import { createPdfExporter } from './shell/pdf-export.ts';
import { setupAppProtocol } from './shell/app-protocol.ts';
import { setupMediaProtocol } from './shell/media-protocol.ts';
import { openLibrary } from './shell/open-library.ts';
import { registerPrivilegedSchemes } from './shell/privileged-schemes.ts';
import { rendererLocation } from './shell/renderer-location.ts';
import { setupSecurity } from './shell/security.ts';
import { setupSingleInstance } from './shell/single-instance.ts';

// Bundled by electron-vite into out/main/index.js; the preload and the renderer are built beside it.
const outDir = join(import.meta.dirname, '..');
const preloadPath = join(outDir, 'preload', 'index.cjs');
const renderer = rendererLocation({
  builtRendererFolder: join(outDir, 'renderer'),
  devServerUrl: process.env.ELECTRON_RENDERER_URL,
  isPackaged: app.isPackaged,
});

// Both must happen before the app is ready.
app.enableSandbox();
registerPrivilegedSchemes();

let mainWindow: BrowserWindow | null = null;
let openMainWindow: (() => BrowserWindow) | null = null; // set once the library is open

if (setupSingleInstance(showMainWindow)) {
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows; the dock icon brings the window back.
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', showMainWindow);
  app.whenReady().then(start).catch(failToStart);
}

async function start(): Promise<void> {
  const preferences = followThemePreference(
    createPreferencesStore(new Store<Record<string, unknown>>({ name: PREFERENCES_NAME, cwd: preferencesFolder(app.getPath('home')) }), {
      libraryPath: defaultLibraryPath(app.getPath('home')),
    }),
  );
  const libraries = await openLibrary(preferences);
  if (!libraries) return app.quit();
  app.on('will-quit', libraries.watchForChanges());

  setupSecurity({ renderer });
  if (renderer.kind === 'app') setupAppProtocol(renderer.folder);
  setupMediaProtocol(libraries);
  // File ▸ Open Recent is rebuilt whenever what it lists may have changed.
  let rebuildMenu = () => {};
  const rememberingPreferences = onRecentChanged(preferences, () => rebuildMenu());
  setupBridgeIpc({
    handlers: createBridgeHandlers({
      libraries,
      preferences: rememberingPreferences,
      chooseLibraryFolder: createLibraryFolderChooser(() => mainWindow),
      chooseExportDestination: createExportDestinationChooser(() => mainWindow),
      exportPdf: createPdfExporter(() => mainWindow),
      // Typing is journaled beside the preferences (the app's data folder), outside the library, until saved.
      recovery: new RecoveryJournal(recoveryFolder(preferencesFolder(app.getPath('home')))),
    }),
    library: libraries,
    getMainWindow: () => mainWindow,
    renderer,
  });
  rebuildMenu = setupApplicationMenu({
    getMainWindow: () => mainWindow,
    recentItems: () => recentItems(preferences.get(), libraries.library, true),
    forgetRecent: () => preferences.forgetRecent(),
  });
  libraries.on('libraryChanged', () => rebuildMenu()); // a story trashed, renamed or added; another library
  openMainWindow = () => {
    // The story the person had open last time, if the library still has it.
    const lastStory = preferences.get().lastOpenedStoryId;
    const openStoryId = lastStory && libraries.library.summaries().some((story) => story.id === lastStory) ? lastStory : null;
    return createMainWindow({ preloadPath, renderer, preferences, openStoryId });
  };
  showMainWindow();
}

/** Brings the window forward, creating it if there is none (first start, dock click, second launch). */
function showMainWindow(): void {
  if (mainWindow && !mainWindow.isDestroyed()) return revealWindow(mainWindow);
  if (!openMainWindow) return; // still starting: the window appears when the library is open
  mainWindow = openMainWindow();
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
}

/**
 * Light or dark as the preferences say ("system" follows the OS): Electron's nativeTheme sets the native menus
 * and dialogs and the page's prefers-color-scheme, now and whenever the preference is saved.
 */
function followThemePreference(preferences: PreferencesStore): PreferencesStore {
  nativeTheme.themeSource = preferences.get().theme;
  return {
    ...preferences,
    update(changes) {
      const updated = preferences.update(changes);
      nativeTheme.themeSource = updated.theme;
      return updated;
    },
  };
}

/** Tells `onChange` after every change to the recent stories and libraries. */
function onRecentChanged(preferences: PreferencesStore, onChange: () => void): PreferencesStore {
  const andTell =
    <A extends unknown[]>(change: (...args: A) => void) =>
    (...args: A) => {
      change(...args);
      onChange();
    };
  return {
    ...preferences,
    rememberLibrary: andTell(preferences.rememberLibrary),
    rememberStory: andTell(preferences.rememberStory),
    retitleRecentStory(story) {
      const changed = preferences.retitleRecentStory(story);
      if (changed) onChange(); // most saves keep the headline: no menu to rebuild
      return changed;
    },
    forgetRecent: andTell(preferences.forgetRecent),
  };
}

function failToStart(error: unknown): void {
  dialog.showErrorBox('Copydesk could not start', error instanceof Error ? error.message : String(error));
  app.exit(1);
}
