// Light or dark: the theme preference ("system", "light", "dark") applied to the page as data-theme on <html>,
// which base.css answers with its dark colours. "system" follows the system's setting as it changes (in the
// desktop app the shell also sets Electron's nativeTheme, so menus and dialogs agree).

import { useEffect, useSyncExternalStore } from 'react';
import type { CopydeskBridge } from '../../../shared/bridge/contract.ts';
import type { Theme } from '../../../shared/bridge/preferences.ts';
import { usePreferences, type PreferencesStore } from './preferences-store.ts';

export type AppliedTheme = 'light' | 'dark';

const DARK_QUERY = '(prefers-color-scheme: dark)';

export const THEME_LABELS: Record<Theme, string> = {
  system: 'Match the system',
  light: 'Light',
  dark: 'Dark',
};

export function resolveTheme(theme: Theme, systemIsDark: boolean): AppliedTheme {
  if (theme === 'system') return systemIsDark ? 'dark' : 'light';
  return theme;
}

function systemIsDark(): boolean {
  return typeof matchMedia === 'function' && matchMedia(DARK_QUERY).matches;
}

function subscribeToSystem(listener: () => void): () => void {
  if (typeof matchMedia !== 'function') return () => {};
  const query = matchMedia(DARK_QUERY);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}

/** The theme the page shows now: the preference, with "system" resolved (light until the preferences are read). */
export function useAppliedTheme(bridge: CopydeskBridge): AppliedTheme {
  const preferences = usePreferences(bridge);
  const dark = useSyncExternalStore(subscribeToSystem, systemIsDark);
  return resolveTheme(preferences?.theme ?? 'system', dark);
}

/** Puts the applied theme on <html> for as long as the app is mounted. */
export function useThemeOnPage(bridge: CopydeskBridge): AppliedTheme {
  const applied = useAppliedTheme(bridge);
  useEffect(() => {
    document.documentElement.dataset.theme = applied;
  }, [applied]);
  return applied;
}

/**
 * View ▸ Dark Mode: the other theme of the one on screen, kept as the preference (the Preferences dialog's
 * "Match the system" goes back to following the system).
 */
export function toggleDarkMode(store: PreferencesStore, applied: AppliedTheme): Promise<unknown> {
  return store.update({ theme: applied === 'dark' ? 'light' : 'dark' });
}
