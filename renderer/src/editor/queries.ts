// Questions the editor's plugins, keys and commands ask about the story document: what kind of element a
// node is, which text container or region the cursor is in, where the next field is. All of them look only
// along one path (or walk forward from it lazily), never over the whole document.

import { Editor, Element, Node, Path, Point, Range, Text, type NodeEntry } from 'slate';
import {
  REGION_ORDER,
  type CustomElement,
  type CustomElementType,
  type FieldElement,
  type RegionType,
} from './document/types.ts';

export type ElementOf<T extends CustomElementType> = Extract<CustomElement, { type: T }>;

/** Single-line plain text: no marks, no links, no line breaks. */
export const PLAIN_CONTAINERS: ReadonlySet<CustomElementType> = new Set(['headline', 'subheadline', 'highlight', 'field']);

/** Running text of the body: marks and links allowed. */
export const RICH_CONTAINERS: ReadonlySet<CustomElementType> = new Set([
  'paragraph',
  'subhead',
  'quote-text',
  'list-item-text',
]);

/** The body blocks a person writes in (as opposed to photos and videos). */
export const TEXT_BLOCKS: ReadonlySet<CustomElementType> = new Set(['paragraph', 'subhead', 'block-quote', 'list']);

export const MEDIA_BLOCKS: ReadonlySet<CustomElementType> = new Set(['photo', 'video']);

const REGIONS: ReadonlySet<string> = new Set(REGION_ORDER);

export function isElementOf<T extends CustomElementType>(node: unknown, type: T): node is ElementOf<T> {
  return Element.isElement(node) && node.type === type;
}

export function isRegion(node: unknown): node is Extract<CustomElement, { type: RegionType }> {
  return Element.isElement(node) && REGIONS.has(node.type);
}

/** An element whose children are text (and, in rich text, links): where the cursor types. */
export function isTextContainer(node: unknown): boolean {
  return Element.isElement(node) && (PLAIN_CONTAINERS.has(node.type) || RICH_CONTAINERS.has(node.type));
}

export function isPlainContainer(node: unknown): boolean {
  return Element.isElement(node) && PLAIN_CONTAINERS.has(node.type);
}

export function isRichContainer(node: unknown): boolean {
  return Element.isElement(node) && RICH_CONTAINERS.has(node.type);
}

export function isField(node: unknown, name?: FieldElement['name']): node is FieldElement {
  return Element.isElement(node) && node.type === 'field' && (name === undefined || node.name === name);
}

/** The index of a region at the top level: the document always holds the regions in this order. */
export function regionIndex(type: RegionType): number {
  return REGION_ORDER.indexOf(type);
}

/** The text container holding a point or path (the lowest one), if any. */
export function textContainerAbove(editor: Editor, at: Path | Point | Range | null = editor.selection): NodeEntry<CustomElement> | undefined {
  if (!at) return undefined;
  return Editor.above<CustomElement>(editor, { at, match: isTextContainer, mode: 'lowest' }) ?? undefinedIfNotContainer(editor, at);
}

function undefinedIfNotContainer(editor: Editor, at: Path | Point | Range): NodeEntry<CustomElement> | undefined {
  // Editor.above skips the node at `at` itself when `at` is a path to it.
  if (Path.isPath(at) && Node.has(editor, at)) {
    const node = Node.get(editor, at);
    if (isTextContainer(node)) return [node as CustomElement, at];
  }
  return undefined;
}

/** The element of the given type holding `at`, nearest first. */
export function above<T extends CustomElementType>(
  editor: Editor,
  type: T,
  at: Path | Point | Range | null = editor.selection,
): NodeEntry<ElementOf<T>> | undefined {
  if (!at) return undefined;
  return Editor.above<ElementOf<T>>(editor, { at, match: (node) => isElementOf(node, type), mode: 'lowest' });
}

/** The block directly in the body that holds `path` (a paragraph, list, quote, photo or video). */
export function bodyBlockAbove(editor: Editor, path: Path): NodeEntry<CustomElement> | undefined {
  const body = regionIndex('body');
  if (path[0] !== body || path.length < 2) return undefined;
  const blockPath = path.slice(0, 2);
  if (!Node.has(editor, blockPath)) return undefined;
  return [Node.get(editor, blockPath) as CustomElement, blockPath];
}

/** The collapsed selection's point, or null. */
export function caret(editor: Editor): Point | null {
  const { selection } = editor;
  return selection && Range.isCollapsed(selection) ? selection.anchor : null;
}

export function isAtEndOf(editor: Editor, point: Point, path: Path): boolean {
  return Point.equals(point, Editor.end(editor, path));
}

export function isEmptyText(node: Node): boolean {
  if (Text.isText(node)) return node.text === '';
  // Short-circuits on the first character found, unlike Node.string.
  for (const [child] of Node.texts(node)) if (child.text !== '') return false;
  return true;
}

/** Whether a node is, or holds anywhere inside it, a photo or video. */
export function holdsMedia(node: Node): boolean {
  if (Text.isText(node)) return false;
  if (Element.isElement(node) && MEDIA_BLOCKS.has(node.type)) return true;
  for (const [child] of Node.descendants(node)) {
    if (Element.isElement(child) && MEDIA_BLOCKS.has(child.type)) return true;
  }
  return false;
}

/** Whether a path lies in the given region. */
export function isInRegion(path: Path, type: RegionType): boolean {
  return path[0] === regionIndex(type);
}
