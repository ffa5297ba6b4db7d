// Runs one key (as the Slate API call it makes) on a document with the caret marked, and renders the result
// with the caret marked again, so key tests are tables of input and output.

import type { Descendant } from 'slate';
import type { StoryEditor } from '../../../../renderer/src/editor/document/types.ts';
import { handleTab } from '../../../../renderer/src/editor/keyboard/tab.ts';
import { editorWith, render } from '../builders.ts';

export interface KeyCase {
  it: string;
  input: Descendant[];
  output: Descendant[];
}

export const press = (key: (editor: StoryEditor) => void) => (input: Descendant[]) => {
  const editor = editorWith(input);
  key(editor);
  return render(editor);
};

export const enter = press((editor) => editor.insertBreak());
export const backspace = press((editor) => editor.deleteBackward('character'));
export const deleteKey = press((editor) => editor.deleteForward('character'));
export const deleteSelection = press((editor) => editor.deleteFragment({ direction: 'backward' }));
export const tab = press((editor) => void handleTab(editor, false));
export const shiftTab = press((editor) => void handleTab(editor, true));

/** Whether a document has a selection ("[…]") marked rather than a caret. */
export const hasSelectionMark = (document: Descendant[]) => /"text":"[^"]*\[/.test(JSON.stringify(document));
