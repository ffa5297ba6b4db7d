// The "Preview" switch for the story's top bar. Its shortcut, Ctrl+Alt+P (⌥⌘P on a Mac), is the command
// table's: the keyboard dispatcher (renderer/src/commands/) runs togglePreview.

import { ariaKeyShortcut, describeShortcut, type Shortcut } from '../editor/keyboard/shortcuts.ts';
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
