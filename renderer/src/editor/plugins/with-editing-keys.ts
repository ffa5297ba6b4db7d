// Enter, Backspace and Delete as an editor expects them at the edges of the story's parts (keyboard/*.ts
// says how): Slate's own behaviour is kept where it is right and used as the fallback.

import { Range, type Editor } from 'slate';
import { deleteStoryBackward, deleteStoryForward, deleteStoryFragment } from '../keyboard/delete.ts';
import { insertStoryBreak } from '../keyboard/enter.ts';

export function withEditingKeys<T extends Editor>(editor: T): T {
  const { insertBreak, deleteBackward, deleteForward, deleteFragment, insertText } = editor;

  editor.insertBreak = () => insertStoryBreak(editor, insertBreak);
  // No line breaks inside a block: the story has paragraphs, and its one-line parts take none.
  editor.insertSoftBreak = () => editor.insertBreak();
  editor.deleteBackward = (unit) => deleteStoryBackward(editor, unit, deleteBackward);
  editor.deleteForward = (unit) => deleteStoryForward(editor, unit, deleteForward);
  editor.deleteFragment = (options) => deleteStoryFragment(editor, () => deleteFragment(options));

  // Typing over a selection removes it the story's way first (Slate's own insertText would merge across
  // regions).
  editor.insertText = (text, options) => {
    if (editor.selection && Range.isExpanded(editor.selection) && !options?.at) editor.deleteFragment();
    insertText(text, options);
  };

  return editor;
}
