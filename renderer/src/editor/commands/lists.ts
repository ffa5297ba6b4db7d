// Lists: indenting an item under the one before it, and outdenting it back — out of the list altogether,
// as a paragraph, from the top level. Items keep their own nested lists when they move.

import { Editor, Node, Path, Transforms } from 'slate';
import type { ListElement, ListItemElement } from '../document/types.ts';
import { isElementOf } from '../queries.ts';

/** The list item holding the text container at `textPath`, if it is a list item's text. */
export function listItemOf(editor: Editor, textPath: Path): Path | null {
  if (textPath.length < 2) return null;
  const node = Node.get(editor, textPath);
  if (!isElementOf(node, 'list-item-text')) return null;
  const itemPath = Path.parent(textPath);
  return isElementOf(Node.get(editor, itemPath), 'list-item') ? itemPath : null;
}

/** Whether the item can go one level deeper: only under an item before it. */
export function canIndent(itemPath: Path): boolean {
  return itemPath[itemPath.length - 1]! > 0;
}

/** Makes the item a child of the item before it (at the end of that item's nested list). */
export function indentListItem(editor: Editor, itemPath: Path): boolean {
  if (!canIndent(itemPath)) return false;
  const previousPath = Path.previous(itemPath);
  const previous = Node.get(editor, previousPath) as ListItemElement;
  const list = Node.parent(editor, itemPath) as ListElement;
  Editor.withoutNormalizing(editor, () => {
    let sublist = previous.children[1];
    if (!isElementOf(sublist, 'list')) {
      Transforms.insertNodes(editor, { type: 'list', style: list.style, children: [] }, { at: [...previousPath, 1] });
      sublist = Node.get(editor, [...previousPath, 1]) as ListElement;
    }
    Transforms.moveNodes(editor, { at: itemPath, to: [...previousPath, 1, sublist.children.length] });
  });
  return true;
}

/**
 * Moves the item one level out. A nested item follows its parent item, taking the items after it along as
 * its own children (so nothing changes order); a top-level item leaves the list as a paragraph, splitting
 * the list around it.
 */
export function outdentListItem(editor: Editor, itemPath: Path): void {
  const listPath = Path.parent(itemPath);
  const list = Node.get(editor, listPath) as ListElement;
  const index = itemPath[itemPath.length - 1]!;
  const following = list.children.length - index - 1;
  const holder = Node.parent(editor, listPath);

  Editor.withoutNormalizing(editor, () => {
    if (isElementOf(holder, 'list-item')) {
      if (following > 0) {
        const item = Node.get(editor, itemPath) as ListItemElement;
        if (!isElementOf(item.children[1], 'list')) {
          Transforms.insertNodes(editor, { type: 'list', style: list.style, children: [] }, { at: [...itemPath, 1] });
        }
        for (let k = 0; k < following; k++) {
          const sublist = Node.get(editor, [...itemPath, 1]) as ListElement;
          Transforms.moveNodes(editor, { at: [...listPath, index + 1], to: [...itemPath, 1, sublist.children.length] });
        }
      }
      Transforms.moveNodes(editor, { at: itemPath, to: Path.next(Path.parent(listPath)) });
      return;
    }

    // Top level: the item becomes its own list, then the list and the item dissolve around its text.
    if (following > 0) Transforms.splitNodes(editor, { at: [...listPath, index + 1] });
    let ownListPath = listPath;
    if (index > 0) {
      Transforms.splitNodes(editor, { at: [...listPath, index] });
      ownListPath = Path.next(listPath);
    }
    Transforms.setNodes(editor, { type: 'paragraph' }, { at: [...ownListPath, 0, 0] });
    Transforms.unwrapNodes(editor, { at: [...ownListPath, 0] });
    Transforms.unwrapNodes(editor, { at: ownListPath });
  });
}

/** Takes the item out of every list it is in, leaving its text as a paragraph in the body. */
export function liftOutOfLists(editor: Editor, textPath: Path): void {
  const ref = Editor.pathRef(editor, textPath);
  try {
    for (let guard = 0; guard < 64; guard++) {
      const path = ref.current;
      if (!path) return;
      const item = listItemOf(editor, path);
      if (!item) return;
      outdentListItem(editor, item);
    }
  } finally {
    ref.unref();
  }
}
