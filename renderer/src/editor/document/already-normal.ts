// Whether a document is already in the shape the editor's normalisation would give it — asked of that
// normalisation itself, node by node, without Slate's bookkeeping around it.
//
// A story opened from disk is nearly always in shape already (it was saved from the editor), yet Slate's
// forced normalisation of a 100k-word story took 80–250 ms before it could be shown, most of it spent
// listing every path and looking each node up again by path. Here each node is handed straight to
// `normalizeNode`, in the order Slate uses (last first, so children before their parents); the first
// operation any rule tries to make means "not normal", and the caller then runs Slate's own normalisation.

import { Editor, Element, type Descendant, type Node, type NodeEntry, type Path } from 'slate';

const WOULD_CHANGE = Symbol('a normalisation rule would change the document');

export function isAlreadyNormal(editor: Editor): boolean {
  const entries: NodeEntry<Node>[] = [[editor, []]];
  collectEntries(editor.children, [], entries);
  const { apply } = editor;
  editor.apply = () => {
    throw WOULD_CHANGE;
  };
  try {
    for (let index = entries.length - 1; index >= 0; index--) {
      const entry = entries[index]!;
      if (Element.isElement(entry[0]) && entry[0].children.length === 0) return false; // Slate gives it an empty text
      editor.normalizeNode(entry, { operation: undefined });
    }
    return true;
  } catch (error) {
    if (error === WOULD_CHANGE) return false;
    throw error;
  } finally {
    editor.apply = apply;
  }
}

function collectEntries(children: readonly Descendant[], at: Path, into: NodeEntry<Node>[]): void {
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    const path = [...at, index];
    into.push([child, path]);
    if ('children' in child) collectEntries(child.children, path, into);
  }
}
