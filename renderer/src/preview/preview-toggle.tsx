// The "Preview" switch for the story's top bar, and its shortcut Ctrl+Alt+P (⌥⌘P on a Mac).

import { useEffect } from 'react';
import { ariaKeyShortcut, describeShortcut, matchesShortcut, type Shortcut } from '../editor/keyboard/shortcuts.ts';
import { previewShown, useStoredSetting } from './preview-settings.ts';

/** By code: Alt changes the letter a Mac's P key types. */
export const PREVIEW_SHORTCUT: Shortcut = { mod: true, alt: true, code: 'KeyP' };

export function usePreviewShown(): boolean {
  return useStoredSetting(previewShown);
}

export function togglePreview(): void {
  previewShown.set(!previewShown.get());
}

export function PreviewToggle({ className = 'button button-small' }: { className?: string }) {
  const shown = usePreviewShown();
  return (
    <button
      type="button"
      className={className}
      aria-pressed={shown}
      aria-keyshortcuts={ariaKeyShortcut(PREVIEW_SHORTCUT)}
      title={`Show the story as readers will see it (${describeShortcut(PREVIEW_SHORTCUT)})`}
      onClick={togglePreview}
    >
      Preview
    </button>
  );
}

/** Ctrl+Alt+P anywhere in the window opens or closes the preview. */
export function usePreviewShortcut(enabled: boolean): void {
  useEffect(() => {
    if (!enabled) return undefined;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!matchesShortcut(event, PREVIEW_SHORTCUT)) return;
      event.preventDefault();
      togglePreview();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [enabled]);
}
