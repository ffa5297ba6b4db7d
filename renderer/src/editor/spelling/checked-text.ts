// Where the spell checker reads, and the words there. It reads the prose a person writes: the headline,
// subheadline and highlights, the body's paragraphs, subheads, quotes and list items, and the caption, alt
// text and title of every photo, video and poster. It does not read names and codes: credits, the byline,
// the dateline, durations, quote attributions (link addresses are not text at all).
//
// A block is read as one string (the text of all its runs, links included) so that a word in two runs — part
// of it bold — is one word; each word is then mapped back onto the text nodes it covers.

import { Editor, Element, Path, Text, type NodeEntry, type Point, type Range } from 'slate';
import { wordsOf, type WordToken } from '../../../../shared/spelling/words.ts';
import type { CustomElement, CustomElementType, FieldName } from '../document/types.ts';
import { containerText, pointInContainer, type TextSegment } from '../container-text.ts';

const PROSE_BLOCKS: ReadonlySet<CustomElementType> = new Set([
  'headline',
  'subheadline',
  'highlight',
  'paragraph',
  'subhead',
  'quote-text',
  'list-item-text',
]);
const PROSE_FIELDS: ReadonlySet<FieldName> = new Set(['caption', 'alt', 'video-title']);
/** Parts that hold no prose at all: not walked into. */
const NAME_PARTS: ReadonlySet<CustomElementType> = new Set(['byline', 'dateline', 'credit', 'media-preview', 'empty-slot']);

export function isProseBlock(node: unknown): boolean {
  if (!Element.isElement(node)) return false;
  return PROSE_BLOCKS.has(node.type) || (node.type === 'field' && PROSE_FIELDS.has(node.name));
}

/** Every prose block of the document, in reading order. */
export function* proseBlocks(editor: Editor): Generator<NodeEntry<CustomElement>> {
  function* walk(children: readonly unknown[], path: Path): Generator<NodeEntry<CustomElement>> {
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (!Element.isElement(child)) continue;
      const childPath = [...path, index];
      if (isProseBlock(child)) yield [child, childPath];
      else if (!NAME_PARTS.has(child.type)) yield* walk(child.children, childPath);
    }
  }
  yield* walk(editor.children, []);
}

/** The prose block holding the text node at `path`, or null where the checker does not read. */
export function proseBlockAbove(editor: Editor, path: Path): NodeEntry<CustomElement> | null {
  // Down the path from the root, by index: asked for every text node when marks are drawn again, where
  // Editor.above's generators cost a long story tens of milliseconds.
  let found: NodeEntry<CustomElement> | null = null;
  let node: unknown = editor;
  for (let depth = 0; depth < path.length; depth++) {
    const children = (node as { children?: readonly unknown[] }).children;
    node = children?.[path[depth]!];
    if (node === undefined) return null;
    if (depth < path.length - 1 && isProseBlock(node)) found = [node as CustomElement, path.slice(0, depth + 1)];
  }
  return found;
}

export interface BlockWords {
  text: string;
  segments: readonly TextSegment[];
  words: readonly WordToken[];
}

// Slate nodes never change: a block's words are worked out once per version of it.
const blockWords = new WeakMap<Element, BlockWords>();

export function wordsOfBlock(block: Element): BlockWords {
  let found = blockWords.get(block);
  if (!found) {
    const { text, segments } = containerText(block);
    found = { text, segments, words: wordsOf(text) };
    blockWords.set(block, found);
  }
  return found;
}

/** Where a text node's characters start in its block's text, or -1. */
export function startOfNode(words: BlockWords, node: Text): number {
  return words.segments.find((segment) => segment.node === node)?.start ?? -1;
}

/** An offset in the block's text as a point in the document. `leaning` picks the node at a run boundary. */
export function pointInBlock(words: BlockWords, blockPath: Path, offset: number, leaning: 'forward' | 'backward'): Point {
  return pointInContainer(words, blockPath, offset, leaning);
}

/** A word's characters as a range in the document. */
export function rangeOfWord(words: BlockWords, blockPath: Path, word: Pick<WordToken, 'start' | 'end'>): Range {
  return { anchor: pointInBlock(words, blockPath, word.start, 'forward'), focus: pointInBlock(words, blockPath, word.end, 'backward') };
}

/** A point as an offset in its prose block's text, or null outside one. */
export function offsetInBlock(editor: Editor, point: Point): { block: NodeEntry<CustomElement>; words: BlockWords; offset: number } | null {
  const block = proseBlockAbove(editor, point.path);
  if (!block) return null;
  const words = wordsOfBlock(block[0]);
  const relative = point.path.slice(block[1].length);
  const segment = words.segments.find((candidate) => Path.equals(candidate.relativePath, relative));
  return segment ? { block, words, offset: segment.start + point.offset } : null;
}
