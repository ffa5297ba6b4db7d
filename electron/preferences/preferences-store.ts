// Preferences on the Node side. In the Electron app they live in electron-store; in the browser host and the
// CLI in the same JSON file through `conf` (the library electron-store is built on): both are pointed at
// `preferencesFolder()`, so the app, the CLI and the browser host share one file on every platform. Both are wrapped behind this interface, because electron-store imports `electron` at load
// time and only the shell may do that.

import { homedir } from 'node:os';
import { env, platform } from 'node:process';
import { join } from 'node:path';
import Conf from 'conf';
import { CopydeskError } from '../../shared/errors.ts';
import { schemaError } from '../../shared/story/parse.ts';
import {
  EditablePreferences,
  MAX_RECENT_ITEMS,
  Preferences,
  RecentStory,
  WindowState,
} from '../../shared/bridge/preferences.ts';

/** The part of the electron-store / conf API we use: both implement it. */
export interface KeyValueFile {
  get store(): Record<string, unknown>;
  set(values: Record<string, unknown>): void;
  readonly path: string;
}

export interface PreferencesStore {
  get(): Preferences;
  update(changes: EditablePreferences): Preferences;
  setWindowState(state: WindowState): void;
  setLastOpenedStory(id: string | null): void;
  setLibraryPath(path: string): void;
  /** Puts a library at the top of File ▸ Open Recent. */
  rememberLibrary(path: string): void;
  /** Puts a story at the top of File ▸ Open Recent. */
  rememberStory(story: RecentStory): void;
  /** Keeps a recent story's headline as it is saved, where it stands in the list; true when that changed it. */
  retitleRecentStory(story: RecentStory): boolean;
  /** Empties File ▸ Open Recent (File ▸ Open Recent ▸ Clear Menu). */
  forgetRecent(): void;
}

export const PREFERENCES_NAME = 'preferences';

/**
 * Where preferences live: the folder Electron calls `userData` for an app named "copydesk", computed here so
 * that processes without Electron find the same file.
 */
export function preferencesFolder(home = homedir()): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'copydesk');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'copydesk');
  return join(env.XDG_CONFIG_HOME || join(home, '.config'), 'copydesk');
}

export function defaultLibraryPath(home = homedir()): string {
  return join(home, 'Documents', 'Copydesk');
}

export function createPreferencesStore(file: KeyValueFile, defaults: { libraryPath: string }): PreferencesStore {
  const read = (): Preferences => {
    const parsed = Preferences.safeParse({ libraryPath: defaults.libraryPath, ...file.store });
    if (parsed.success) return parsed.data;
    // A hand-edited or damaged preferences file falls back field by field rather than failing to start.
    const fallback = Preferences.parse({ libraryPath: defaults.libraryPath });
    for (const key of Object.keys(fallback) as (keyof Preferences)[]) {
      const one = Preferences.shape[key].safeParse(file.store[key]);
      if (one.success && one.data !== undefined) (fallback as Record<string, unknown>)[key] = one.data;
    }
    return fallback;
  };
  return {
    get: read,
    update(changes) {
      const parsed = EditablePreferences.safeParse(changes);
      if (!parsed.success) throw schemaError('invalid-argument', parsed.error, 'The preferences were not changed');
      const defined = Object.fromEntries(Object.entries(parsed.data).filter(([, value]) => value !== undefined));
      // House-style settings change a field at a time: the fields not given keep their value.
      if (parsed.data.lint) defined.lint = { ...read().lint, ...parsed.data.lint };
      file.set(defined);
      return read();
    },
    setWindowState(state) {
      file.set({ window: WindowState.parse(state) });
    },
    setLastOpenedStory(id) {
      file.set({ lastOpenedStoryId: id });
    },
    setLibraryPath(path) {
      if (!path.trim()) throw new CopydeskError('invalid-argument', 'The library path cannot be empty.', { field: 'libraryPath' });
      file.set({ libraryPath: path });
    },
    rememberLibrary(path) {
      const others = read().recentLibraries.filter((known) => known !== path);
      file.set({ recentLibraries: [path, ...others].slice(0, MAX_RECENT_ITEMS) });
    },
    rememberStory(story) {
      const recent = RecentStory.parse(story);
      const others = read().recentStories.filter((known) => known.id !== recent.id);
      file.set({ recentStories: [recent, ...others].slice(0, MAX_RECENT_ITEMS) });
    },
    retitleRecentStory(story) {
      const recent = read().recentStories;
      const known = recent.findIndex((one) => one.id === story.id && one.libraryPath === story.libraryPath);
      if (known < 0 || recent[known]!.headline === story.headline) return false;
      file.set({ recentStories: recent.map((one, index) => (index === known ? RecentStory.parse(story) : one)) });
      return true;
    },
    forgetRecent() {
      file.set({ recentLibraries: [], recentStories: [] });
    },
  };
}

/** Preferences outside Electron (browser host, CLI): the same file electron-store would use. */
export function createNodePreferencesStore(options: { configDir?: string; libraryPath?: string } = {}): PreferencesStore {
  const conf = new Conf<Record<string, unknown>>({
    projectName: 'copydesk',
    configName: PREFERENCES_NAME,
    cwd: options.configDir ?? preferencesFolder(),
  });
  return createPreferencesStore(conf, { libraryPath: options.libraryPath ?? defaultLibraryPath() });
}
