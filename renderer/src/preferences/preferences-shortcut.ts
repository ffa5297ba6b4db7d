// Ctrl+, (⌘, on a Mac) opens Preferences anywhere in the window, as in most desktop applications; in the
// desktop app so does Edit ▸ Preferences… (Copydesk ▸ Preferences… on a Mac). The key is the command table's.

import { useCommandHandler } from '../commands/command-registry.ts';
import { commandAriaShortcut, commandShortcutLabel, editorShortcutOf } from '../commands/command-shortcuts.ts';
import type { Shortcut } from '../editor/keyboard/shortcuts.ts';

export const PREFERENCES_SHORTCUT: Shortcut = editorShortcutOf('preferences');

export const preferencesShortcutLabel = (): string => commandShortcutLabel('preferences') ?? '';
export const preferencesAriaShortcut = (): string | undefined => commandAriaShortcut('preferences');

export function usePreferencesShortcut(open: () => void): void {
  useCommandHandler('preferences', () => open());
}
