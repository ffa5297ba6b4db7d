// Enter, by where the caret is. One-line parts (the headline, a field) move on to the next part; the
// highlights and the body's text split as usual; an empty bullet or list item is how a person says
// "I am done with this list".

import { Editor, Node, Path, Range, Transforms } from 'slate';
import type { CustomElement, FieldElement } from '../document/types.ts';
import { caret, isAtEndOf, isEmptyText, isElementOf, MEDIA_BLOCKS, TEXT_BLOCKS, textContainerAbove, bodyBlockAbove } from '../queries.ts';
import { emptyBylineEntry } from '../structure/rules.ts';
import { setBlockFormat } from '../commands/block-format.ts';
import { listItemOf, outdentListItem } from '../commands/lists.ts';
import { enter, moveToNextContainer, nextContainer, selectEnd, selectStart } from '../commands/navigation.ts';

/** The story's Enter. `split` is Slate's own (splitting the block at the caret). */
export function insertStoryBreak(editor: Editor, split: () => void): void {
  if (!editor.selection) return;
  if (Range.isExpanded(editor.selection)) editor.deleteFragment();
  const point = caret(editor);
  if (!point) return;
  const entry = textContainerAbove(editor, point);
  if (!entry) return; // on a picture or an empty slot: nothing to split
  const [node, path] = entry;

  switch (node.type) {
    case 'headline':
    case 'subheadline':
      moveToNextContainer(editor, path);
      return;
    case 'field':
      fieldBreak(editor, node as FieldElement, path);
      return;
    case 'highlight':
      if (isEmptyText(node)) return leaveEmptyItem(editor, path, Path.parent(path));
      split();
      return;
    case 'paragraph':
      split();
      return;
    case 'subhead':
      // A subhead is followed by text, not by another subhead.
      if (isAtEndOf(editor, point, path)) return insertParagraphAfter(editor, path);
      split();
      return;
    case 'quote-text':
      if (isEmptyText(node)) return setBlockFormat(editor, 'paragraph');
      selectEnd(editor, Path.next(path)); // on to the attribution
      return;
    case 'list-item-text': {
      const item = listItemOf(editor, path);
      if (!item) return split();
      if (isEmptyText(node)) return outdentListItem(editor, item);
      Transforms.splitNodes(editor, { match: (candidate) => isElementOf(candidate, 'list-item'), always: true });
      return;
    }
    default:
      split();
  }
}

/** An empty bullet: dropped (unless it is the only one), and the caret goes to the part after the list. */
function leaveEmptyItem(editor: Editor, itemPath: Path, regionPath: Path): void {
  const region = Node.get(editor, regionPath) as CustomElement;
  const next = nextContainer(editor, regionPath);
  const nextRef = next ? Editor.pathRef(editor, next[1]) : null;
  if (region.children.length > 1) Transforms.removeNodes(editor, { at: itemPath });
  const target = nextRef?.unref();
  if (target) enter(editor, [Node.get(editor, target) as CustomElement, target]);
}

function insertParagraphAfter(editor: Editor, blockPath: Path): void {
  const at = Path.next(blockPath);
  Transforms.insertNodes(editor, { type: 'paragraph', children: [{ text: '' }] }, { at });
  selectStart(editor, at);
}

/** Enter in a field: on to the next field, a new byline entry, or the text after a photo or quote. */
function fieldBreak(editor: Editor, node: FieldElement, path: Path): void {
  const holderPath = Path.parent(path);
  const holder = Node.get(editor, holderPath) as CustomElement;

  if (holder.type === 'byline-entry') {
    const entryIsEmpty = isEmptyText(holder);
    if (node.name === 'title') return void moveToNextContainer(editor, path);
    if (!entryIsEmpty && (node.name === 'name' || node.name === 'organization')) {
      // Another person on the byline.
      const at = Path.next(holderPath);
      Transforms.insertNodes(editor, emptyBylineEntry(), { at });
      selectStart(editor, [...at, 0]);
      return;
    }
    // An empty entry: dropped if it is not the only one, and on to the dateline.
    return leaveEmptyItem(editor, holderPath, Path.parent(holderPath));
  }

  if (holder.type === 'block-quote') return textAfterBlock(editor, holderPath);

  // In a photo or video of the body, the last field leads back to the text after it.
  const block = bodyBlockAbove(editor, path);
  if (block && MEDIA_BLOCKS.has(block[0].type)) {
    const next = nextContainer(editor, path);
    if (next && Path.isDescendant(next[1], block[1])) return enter(editor, next);
    return textAfterBlock(editor, block[1]);
  }
  moveToNextContainer(editor, path);
}

/** The caret to the text after a body block; an empty paragraph is made there when none follows. */
function textAfterBlock(editor: Editor, blockPath: Path): void {
  const nextPath = Path.next(blockPath);
  const next = Node.has(editor, nextPath) ? (Node.get(editor, nextPath) as CustomElement) : null;
  if (next && TEXT_BLOCKS.has(next.type)) {
    const container = nextContainer(editor, blockPath);
    if (container) return enter(editor, container);
  }
  insertParagraphAfter(editor, blockPath);
}
