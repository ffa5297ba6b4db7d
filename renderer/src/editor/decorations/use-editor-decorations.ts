// The decoration store of one editor, and what the editor must do when marks are drawn again.

import { useEffect, useState } from 'react';
import type { Editor } from 'slate';
import { EDITOR_TO_FORCE_RENDER } from 'slate-dom';
import { syncSelectionFromDom } from '../dom-selection.ts';
import { DecorationStore } from './decoration-store.ts';

export function useEditorDecorations(editor: Editor): DecorationStore {
  const [store] = useState(() => new DecorationStore(editor));
  useEffect(
    () =>
      store.onRedraw(() => {
        // Slate reads caret moves a moment late (it throttles selectionchange), so a mark pass landing just
        // after Home or a click would undo them: read the caret first.
        syncSelectionFromDom(editor);
        // Text drawn again can lose the browser's caret; Slate's Editable puts it back after it renders, so
        // it renders in the same batch as the text (as it does itself when `decorate` changes).
        EDITOR_TO_FORCE_RENDER.get(editor)?.();
      }),
    [store, editor],
  );
  return store;
}
