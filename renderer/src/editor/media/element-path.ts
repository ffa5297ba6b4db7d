// Finding a rendered element's place in the document from a component, and acting on it with the story's
// context: shared by the media components.

import { Node, type Editor, type Path } from 'slate';
import { ReactEditor } from 'slate-react';
import type { CustomElement } from '../document/types.ts';
import { typingStart } from './insert-media.ts';

/** The element's path now, or null when it is no longer in the document (removed while a dialog was open). */
export function pathOf(editor: Editor, element: CustomElement): Path | null {
  try {
    const path = ReactEditor.findPath(editor, element);
    return Node.has(editor, path) && Node.get(editor, path) === element ? path : null;
  } catch {
    return null;
  }
}

/** The element holding this one (a photo for its picture, a video for its poster slot), with its path. */
export function ownerOf(editor: Editor, element: CustomElement): [CustomElement, Path] | null {
  const path = pathOf(editor, element);
  if (!path || path.length < 2) return null;
  const parentPath = path.slice(0, -1);
  return [Node.get(editor, parentPath) as CustomElement, parentPath];
}

/** The type of the region a path is in ("lead", "body", "related-videos" …). */
export function regionTypeOf(editor: Editor, path: Path): CustomElement['type'] | null {
  const region = editor.children[path[0] ?? -1] as CustomElement | undefined;
  return region?.type ?? null;
}

/** Puts the cursor where a person types first in the block at `path` and gives the editor focus. */
export function focusBlock(editor: Editor, path: Path): void {
  try {
    const point = typingStart(editor, path);
    if (!point) return;
    ReactEditor.focus(editor);
    editor.select(point);
  } catch {
    // the editor is not mounted (tests) or the node went away: nothing to focus
  }
}

