// Bold and italic: only in the body's running text (the headline, highlights and fields are plain text).

import { Editor, Range, type Path } from 'slate';
import { isRichContainer } from '../queries.ts';

export type MarkFormat = 'bold' | 'italic';

/** Whether marks apply where the selection is: both of its ends in rich text. */
export function canFormatText(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const inRichText = (path: Path) => Editor.above(editor, { at: path, match: isRichContainer, mode: 'lowest' }) !== undefined;
  const [start, end] = Range.edges(selection);
  return inRichText(start.path) && inRichText(end.path);
}

export function isMarkActive(editor: Editor, format: MarkFormat): boolean {
  if (!canFormatText(editor)) return false;
  return Editor.marks(editor)?.[format] === true;
}

export function toggleMark(editor: Editor, format: MarkFormat): boolean {
  if (!canFormatText(editor)) return false;
  if (isMarkActive(editor, format)) Editor.removeMark(editor, format);
  else Editor.addMark(editor, format, true);
  return true;
}
