// The "Preferences" button of the top bar. Each view draws its own top bar with this button last; the app
// owns the dialog and provides what opening it means.

import { createContext, useContext } from 'react';
import { preferencesAriaShortcut, preferencesShortcutLabel } from './preferences-shortcut.ts';

/** Opens the Preferences dialog; provided by the app around the views. */
export const OpenPreferencesContext = createContext<(() => void) | null>(null);

export function PreferencesButton() {
  const onOpen = useContext(OpenPreferencesContext);
  if (!onOpen) return null;
  return (
    <button
      type="button"
      className="button button-small preferences-button"
      onClick={onOpen}
      aria-keyshortcuts={preferencesAriaShortcut()}
      title={`Preferences (${preferencesShortcutLabel()})`}
    >
      Preferences
    </button>
  );
}
