// Putting pasted content into the story: body blocks (from the paste cleaner, renderer/src/paste/, or from
// a copy inside the editor) go in at the caret, splitting the block there; one-line parts (the headline, a
// caption) take the words only.

import { Editor, Element, Node, Path, Range, Transforms, type Descendant } from 'slate';
import { MediaFile, type BodyBlock } from '../../../../shared/story/schema.ts';
import { blockText } from '../../../../shared/story/plain-text.ts';
import { newBlockId } from '../../../../shared/story/ids.ts';
import { blockToSlate } from '../document/to-slate.ts';
import type { BodyBlockElement, CustomElement, ParagraphElement } from '../document/types.ts';
import { caret, isEmptyText, isPlainContainer, isRichContainer, MEDIA_BLOCKS, regionIndex, textContainerAbove } from '../queries.ts';

/** Body blocks from the paste cleaner, in at the caret. */
export function insertPastedBlocks(editor: Editor, blocks: readonly BodyBlock[]): void {
  const target = pasteTarget(editor);
  if (target === 'text') {
    insertPlainText(editor, blocks.flatMap(blockText).join(' '));
    return;
  }
  insertBodyBlocks(editor, blocks.map(blockToSlate));
}

/** Where pasted content goes: into running text as blocks, or into a one-line part as words. */
export function pasteTarget(editor: Editor): 'blocks' | 'text' | null {
  if (!editor.selection) return null;
  const entry = textContainerAbove(editor, Range.start(editor.selection));
  if (!entry) return null;
  return isRichContainer(entry[0]) ? 'blocks' : 'text';
}

/** Text for a one-line part: line breaks become spaces (in the highlights, each line its own bullet). */
export function insertPlainText(editor: Editor, text: string): void {
  if (!editor.selection) return;
  if (Range.isExpanded(editor.selection)) editor.deleteFragment();
  const entry = textContainerAbove(editor);
  if (!entry) return;
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.replace(/\s+/g, ' ').trim());
  if (entry[0].type === 'highlight') {
    lines
      .filter((line) => line !== '')
      .forEach((line, index) => {
        if (index > 0) Transforms.splitNodes(editor, { always: true });
        Transforms.insertText(editor, line);
      });
    return;
  }
  const single = lines.filter((line) => line !== '').join(' ');
  if (single) Transforms.insertText(editor, isPlainContainer(entry[0]) ? single : text);
}

/** Slate body blocks in at the caret: the block there is split and the pasted ones go between. */
export function insertBodyBlocks(editor: Editor, incoming: readonly BodyBlockElement[]): void {
  if (incoming.length === 0 || !editor.selection) return;
  if (Range.isExpanded(editor.selection)) editor.deleteFragment();
  const point = caret(editor);
  if (!point || point.path[0] !== regionIndex('body') || point.path.length < 3) return;
  const blocks = incoming.map(withFreshIds);

  // One paragraph: its words join the text at the caret.
  if (blocks.length === 1 && blocks[0]!.type === 'paragraph') {
    Transforms.insertNodes(editor, blocks[0]!.children as Descendant[]);
    return;
  }

  Editor.withoutNormalizing(editor, () => {
    const blockPath = point.path.slice(0, 2);
    Transforms.splitNodes(editor, { at: point, match: (_, path) => path.length === 2 && path[0] === blockPath[0], always: true });
    const beforePath = blockPath;
    let insertAt = Path.next(beforePath);
    Transforms.insertNodes(editor, blocks as CustomElement[], { at: insertAt, select: false });
    const afterPath = [insertAt[0]!, insertAt[1]! + blocks.length];
    const lastPath = Path.previous(afterPath);
    const endRef = Editor.pointRef(editor, Editor.end(editor, lastPath));

    // The halves left empty by a caret at the start or end of a block are not kept.
    const after = Node.get(editor, afterPath);
    if (isEmptyText(after)) Transforms.removeNodes(editor, { at: afterPath });
    else if (mergesWith(blocks[blocks.length - 1]!, after)) Transforms.mergeNodes(editor, { at: afterPath });
    const before = Node.get(editor, beforePath);
    if (isEmptyText(before)) {
      Transforms.removeNodes(editor, { at: beforePath });
      insertAt = beforePath;
    } else if (mergesWith(before, blocks[0]!)) {
      Transforms.mergeNodes(editor, { at: insertAt });
    }

    const end = endRef.unref();
    if (end) Transforms.select(editor, end);
  });
}

/** Two neighbouring blocks whose text runs on: a paragraph after a paragraph (or a subhead). */
function mergesWith(first: Node, second: Node): boolean {
  return (
    Element.isElement(first) &&
    Element.isElement(second) &&
    (first.type === 'paragraph' || first.type === 'subhead') &&
    second.type === 'paragraph'
  );
}

/** A pasted photo or video is a new block: it gets an id of its own, so two blocks never share one. */
function withFreshIds(block: BodyBlockElement): BodyBlockElement {
  if (!MEDIA_BLOCKS.has(block.type)) return block;
  return { ...block, id: newBlockId(crypto.getRandomValues(new Uint8Array(6))) } as BodyBlockElement;
}

/**
 * What a fragment copied from this editor holds, as body blocks: regions and fields are opened up, and a
 * headline or caption that comes along becomes a paragraph.
 */
/**
 * A pasted photo or video (and its poster) keeps its picture only under a name Copydesk makes: the fragment
 * may be forged by any web page, and a name like ../../library.json would make every save of the story fail.
 */
function withOwnMediaOnly<T extends CustomElement>(element: T): T {
  const children = element.children.map((child) => (Element.isElement(child) && child.type === 'poster' ? withOwnMediaOnly(child) : child));
  const media = (element as { media?: unknown }).media;
  const ownMedia = media === undefined || media === null || MediaFile.safeParse(media).success;
  return { ...element, ...(ownMedia ? {} : { media: null }), children } as T;
}

export function fragmentToBodyBlocks(fragment: readonly Descendant[]): BodyBlockElement[] {
  const blocks: BodyBlockElement[] = [];
  const visit = (node: Descendant) => {
    if (!Element.isElement(node)) {
      if (node.text !== '') blocks.push({ type: 'paragraph', children: [{ ...node }] });
      return;
    }
    switch (node.type) {
      case 'paragraph':
      case 'subhead':
      case 'block-quote':
      case 'list':
        blocks.push(node);
        return;
      case 'photo':
      case 'video':
        blocks.push(withOwnMediaOnly(node));
        return;
      case 'list-item':
        blocks.push({ type: 'list', style: 'bulleted', children: [node] });
        return;
      case 'headline':
      case 'subheadline':
      case 'highlight':
      case 'field':
      case 'quote-text':
      case 'list-item-text':
        if (!isEmptyText(node)) blocks.push({ type: 'paragraph', children: [...node.children] as ParagraphElement['children'] });
        return;
      case 'link':
        blocks.push({ type: 'paragraph', children: [node] });
        return;
      case 'media-preview':
      case 'empty-slot':
        return;
      default:
        for (const child of node.children) visit(child as Descendant);
    }
  };
  for (const node of fragment) visit(node);
  return blocks;
}
