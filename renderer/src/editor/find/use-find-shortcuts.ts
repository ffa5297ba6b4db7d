// Ctrl+F, Ctrl+H, F3 and Shift+F3 while a story is open, wherever the focus is in the story view (the text,
// the Find bar, the Desk panel). Listened for on the window in the capture phase, before anything else, with
// the browser's default prevented: its own find bar or history never opens instead, and Slate, seeing the
// key handled, leaves it alone. Not while a dialog is open over the story: the keys belong to it then.
//
// When the app's keyboard dispatcher (the command table) handles these keys itself, it calls
// runFindCommand() and this hook goes.

import { useEffect } from 'react';
import type { Editor } from 'slate';
import { findCommandForKey, runFindCommand } from './find-commands.ts';

export function useFindShortcuts(editor: Editor): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const command = findCommandForKey(event);
      if (!command) return;
      if (aDialogIsOpen()) return;
      event.preventDefault();
      runFindCommand(editor, command);
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [editor]);
}

/** A dialog over the story (Preferences, Export …); the editor's own link dialog does not count. */
function aDialogIsOpen(): boolean {
  const dialogs = document.querySelectorAll('[role="dialog"], [role="alertdialog"], dialog[open], [aria-modal="true"]');
  return [...dialogs].some((dialog) => !dialog.closest('.story-editor'));
}
