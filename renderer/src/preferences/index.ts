// Preferences in the interface: the dialog, the button and shortcut that open it, and this window's
// preferences store, which everything that follows the preferences reads.

export { PreferencesDialog } from './preferences-dialog.tsx';
export { OpenPreferencesContext, PreferencesButton } from './preferences-button.tsx';
export { PREFERENCES_SHORTCUT, usePreferencesShortcut } from './preferences-shortcut.ts';
export { preferencesStoreFor, usePreferences, type PreferenceChanges, type PreferencesStore } from './preferences-store.ts';
