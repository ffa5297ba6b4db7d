// Slate reads the browser's selection a moment after it changes (it throttles selectionchange). A command
// run straight after selecting — Shift+Arrow then Ctrl+B, or a quick click on the toolbar — reads it now,
// so it acts on what the person sees selected.

import { Range, Transforms, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

export function syncSelectionFromDom(editor: Editor): void {
  if (typeof window === 'undefined' || !ReactEditor.isFocused(editor)) return;
  const domSelection = window.getSelection();
  if (!domSelection || domSelection.rangeCount === 0) return;
  const range = ReactEditor.toSlateRange(editor, domSelection, { exactMatch: false, suppressThrow: true });
  if (range && (!editor.selection || !Range.equals(range, editor.selection))) Transforms.select(editor, range);
}
