// Undo steps that match what a person did. slate-history already merges a run of typing into one step;
// this makes a paste or a toolbar command a step of its own, with the typing after it starting a new one.

import type { Editor } from 'slate';
import { HistoryEditor } from 'slate-history';

/** Editors whose next saved change must start a new undo step. */
const SEALED = new WeakSet<Editor>();

/** Runs `change` as one undo step of its own: nothing before or after it merges into it. */
export function asOwnUndoStep(editor: Editor, change: () => void): void {
  if (!HistoryEditor.isHistoryEditor(editor)) {
    change();
    return;
  }
  HistoryEditor.withNewBatch(editor, change);
  SEALED.add(editor);
}

export function withUndoSteps<T extends Editor>(editor: T): T {
  const { apply } = editor;
  editor.apply = (operation) => {
    if (operation.type !== 'set_selection' && SEALED.has(editor) && HistoryEditor.isSaving(editor) !== false) {
      SEALED.delete(editor);
      if (HistoryEditor.isHistoryEditor(editor) && !HistoryEditor.isMerging(editor)) HistoryEditor.setSplittingOnce(editor, true);
    }
    apply(operation);
  };
  return editor;
}
