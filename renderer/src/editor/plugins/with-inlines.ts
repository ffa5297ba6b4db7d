// Which elements flow inside text (links) and which hold no text of their own (the picture of a photo and
// the "add media" slots). Slate asks the editor; this answers for the story document.

import type { Editor } from 'slate';

const INLINES: ReadonlySet<string> = new Set(['link']);
const VOIDS: ReadonlySet<string> = new Set(['media-preview', 'empty-slot']);

export function withInlines<T extends Editor>(editor: T): T {
  const { isInline, isVoid } = editor;
  editor.isInline = (element) => INLINES.has(element.type) || isInline(element);
  editor.isVoid = (element) => VOIDS.has(element.type) || isVoid(element);
  return editor;
}
