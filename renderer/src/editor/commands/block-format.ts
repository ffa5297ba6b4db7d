// The body's block formats — paragraph, subhead, quote, bulleted and numbered list — as the toolbar and
// the shortcuts set them: on every paragraph the selection touches, and back to paragraphs when the format
// is already on.

import { Editor, Node, Path, Range, Transforms, type PathRef } from 'slate';
import type { CustomElement, ListElement } from '../document/types.ts';
import { isElementOf, isEmptyText, isInRegion, isRichContainer, regionIndex } from '../queries.ts';
import { liftOutOfLists } from './lists.ts';

export type BlockFormat = 'paragraph' | 'subhead' | 'block-quote' | 'bulleted-list' | 'numbered-list';

const LIST_STYLE = { 'bulleted-list': 'bulleted', 'numbered-list': 'numbered' } as const;

/** The body text containers the selection touches, first to last. */
function selectedTextBlocks(editor: Editor): [CustomElement, Path][] {
  const { selection } = editor;
  if (!selection) return [];
  return Array.from(
    Editor.nodes<CustomElement>(editor, {
      at: selection,
      match: (node, path) => isRichContainer(node) && isInRegion(path, 'body'),
      mode: 'lowest',
    }),
  );
}

/** Whether the selection is in the body's running text, where block formats apply. */
export function canFormatBlocks(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const [start, end] = Range.edges(selection);
  const inText = (path: Path) =>
    isInRegion(path, 'body') &&
    Editor.above(editor, { at: path, match: isRichContainer, mode: 'lowest' }) !== undefined;
  return inText(start.path) && inText(end.path);
}

/** The format of the block where the selection ends, or null outside the body's text. */
export function activeBlockFormat(editor: Editor): BlockFormat | null {
  const { selection } = editor;
  if (!selection || !canFormatBlocks(editor)) return null;
  const entry = Editor.above<CustomElement>(editor, { at: selection.focus, match: isRichContainer, mode: 'lowest' });
  if (!entry) return null;
  switch (entry[0].type) {
    case 'paragraph':
      return 'paragraph';
    case 'subhead':
      return 'subhead';
    case 'quote-text':
      return 'block-quote';
    case 'list-item-text': {
      const list = Editor.above<ListElement>(editor, { at: entry[1], match: (node) => isElementOf(node, 'list') });
      return list?.[0].style === 'numbered' ? 'numbered-list' : 'bulleted-list';
    }
    default:
      return null;
  }
}

/** Turns the format on for the selected blocks, or off (back to paragraphs) when it is already on. */
export function toggleBlockFormat(editor: Editor, format: BlockFormat): boolean {
  if (!canFormatBlocks(editor)) return false;
  const target = activeBlockFormat(editor) === format ? 'paragraph' : format;
  setBlockFormat(editor, target);
  return true;
}

export function setBlockFormat(editor: Editor, format: BlockFormat): void {
  const blocks = selectedTextBlocks(editor);
  if (blocks.length === 0) return;

  Editor.withoutNormalizing(editor, () => {
    // Lists switching between bullets and numbers keep their shape.
    if (format === 'bulleted-list' || format === 'numbered-list') {
      if (blocks.every(([node]) => node.type === 'list-item-text')) {
        for (const [, path] of blocks) {
          const list = Editor.above(editor, { at: path, match: (node) => isElementOf(node, 'list') });
          if (list) Transforms.setNodes(editor, { style: LIST_STYLE[format] }, { at: list[1] });
        }
        return;
      }
    }

    const refs = blocks.map(([, path]) => Editor.pathRef(editor, path));
    try {
      for (const ref of refs) if (ref.current) toBodyParagraph(editor, ref.current);
      applyFormat(editor, format, refs);
    } finally {
      for (const ref of refs) ref.unref();
    }
  });
}

/** Makes the text container at `path` a plain paragraph directly in the body. */
export function toBodyParagraph(editor: Editor, path: Path): void {
  const node = Node.get(editor, path) as CustomElement;
  switch (node.type) {
    case 'paragraph':
      return;
    case 'subhead':
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: path });
      return;
    case 'quote-text':
      unwrapQuote(editor, Path.parent(path));
      return;
    case 'list-item-text':
      liftOutOfLists(editor, path);
      return;
  }
}

/** A quote becomes paragraphs: its text, then its attribution if it has one. */
export function unwrapQuote(editor: Editor, quotePath: Path): void {
  const quote = Node.get(editor, quotePath) as CustomElement;
  Editor.withoutNormalizing(editor, () => {
    quote.children.forEach((child, index) => {
      const childPath = [...quotePath, index];
      if (isElementOf(child, 'field')) Transforms.unsetNodes(editor, 'name', { at: childPath });
      Transforms.setNodes(editor, { type: 'paragraph' }, { at: childPath });
    });
    // An empty attribution is dropped rather than left as an empty paragraph.
    for (let index = quote.children.length - 1; index > 0; index--) {
      const child = quote.children[index]!;
      if (isEmptyText(child)) Transforms.removeNodes(editor, { at: [...quotePath, index] });
    }
    Transforms.unwrapNodes(editor, { at: quotePath });
  });
}

function applyFormat(editor: Editor, format: BlockFormat, refs: PathRef[]): void {
  const paths = refs.map((ref) => ref.current).filter((path): path is Path => path !== null);
  switch (format) {
    case 'paragraph':
      return;
    case 'subhead':
      for (const path of paths) Transforms.setNodes(editor, { type: 'subhead' }, { at: path });
      return;
    case 'block-quote':
      for (const path of paths) {
        Transforms.setNodes(editor, { type: 'quote-text' }, { at: path });
        Transforms.wrapNodes(editor, { type: 'block-quote', children: [] }, { at: path });
        Transforms.insertNodes(editor, { type: 'field', name: 'attribution', children: [{ text: '' }] }, { at: [...path, 1] });
      }
      return;
    case 'bulleted-list':
    case 'numbered-list': {
      const style = LIST_STYLE[format];
      // Neighbouring paragraphs become one list; a photo between them ends one list and starts another.
      const groups: Path[][] = [];
      for (const path of paths) {
        const group = groups[groups.length - 1];
        const last = group?.[group.length - 1];
        if (group && last && Path.equals(Path.next(last), path)) group.push(path);
        else groups.push([path]);
      }
      // Last group first, so the paths of earlier groups stay right.
      for (const group of groups.reverse()) {
        const first = group[0]!;
        for (const path of group) {
          Transforms.setNodes(editor, { type: 'list-item-text' }, { at: path });
          Transforms.wrapNodes(editor, { type: 'list-item', children: [] }, { at: path });
        }
        Transforms.wrapNodes(
          editor,
          { type: 'list', style, children: [] },
          {
            at: { anchor: Editor.start(editor, first), focus: Editor.end(editor, group[group.length - 1]!) },
            match: (node, path) => isElementOf(node, 'list-item') && path.length === 2 && path[0] === regionIndex('body'),
          },
        );
      }
      return;
    }
  }
}
