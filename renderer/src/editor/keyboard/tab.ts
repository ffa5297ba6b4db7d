// Tab and Shift+Tab: in a list they indent and outdent the item; elsewhere they jump to the next or
// previous part of the story (region or field). At either end of the story they let the browser move
// focus out of the editor, so the keyboard is never trapped.

import type { Editor } from 'slate';
import { canIndent, indentListItem, listItemOf, outdentListItem } from '../commands/lists.ts';
import { enter, nextStop, previousStop } from '../commands/navigation.ts';
import { textContainerAbove } from '../queries.ts';

/** True when the editor handled the key; false lets focus leave the editor. */
export function handleTab(editor: Editor, backwards: boolean): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const entry = textContainerAbove(editor, selection.focus);
  if (!entry) return false;
  const [, path] = entry;

  const item = listItemOf(editor, path);
  if (item) {
    if (backwards) {
      outdentListItem(editor, item);
      return true;
    }
    if (canIndent(item)) return indentListItem(editor, item);
  }

  const target = backwards ? previousStop(editor, path) : nextStop(editor, path);
  if (!target) return false;
  enter(editor, target);
  return true;
}
