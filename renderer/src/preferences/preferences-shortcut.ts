// Ctrl+, (⌘, on a Mac) opens Preferences anywhere in the window, as in most desktop applications.

import { useEffect, useRef } from 'react';
import { ariaKeyShortcut, describeShortcut, matchesShortcut, type Shortcut } from '../editor/keyboard/shortcuts.ts';

export const PREFERENCES_SHORTCUT: Shortcut = { mod: true, key: ',' };

export const preferencesShortcutLabel = (): string => describeShortcut(PREFERENCES_SHORTCUT);
export const preferencesAriaShortcut = (): string => ariaKeyShortcut(PREFERENCES_SHORTCUT);

export function usePreferencesShortcut(open: () => void): void {
  const openRef = useRef(open);
  openRef.current = open;
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, PREFERENCES_SHORTCUT)) return;
      event.preventDefault();
      openRef.current();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
