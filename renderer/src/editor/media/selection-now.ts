// The selection as the person sees it, read from the browser when the editor has focus.

import { Range, type Editor } from 'slate';
import { ReactEditor } from 'slate-react';

/**
 * The selection as the person sees it now. Slate reads the browser's selection a moment after it changes,
 * so a click on a button straight after moving the caret would otherwise act on the old place.
 */
export function selectionNow(editor: Editor): Range | null {
  try {
    if (typeof window !== 'undefined' && ReactEditor.isFocused(editor)) {
      const dom = window.getSelection();
      if (dom && dom.rangeCount > 0) {
        const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
        if (range) return range;
      }
    }
  } catch {
    // not mounted (tests): Slate's own selection is all there is
  }
  return editor.selection && Range.isRange(editor.selection) ? editor.selection : null;
}
