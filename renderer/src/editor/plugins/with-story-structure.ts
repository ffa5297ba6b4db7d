// Keeps the document in the story's shape whatever a person or a paste does to it: the eight regions, always
// present and in order; each region and block holding only what it may (structure/rules.ts); fields, the
// headline and highlights as one line of plain text. A stray node is turned into what its place accepts
// (a highlight dropped into the body becomes a paragraph), unwrapped, or moved to the body, and only
// dropped when it holds no text.
//
// Normalisation stays local to what changed. Typing marks only the text and its block dirty (not the body
// and the editor above them), and a node is checked against its parent when it changes itself, so no rule
// walks a long body on each keystroke.

import { Editor, Element, Node, Path, Text, Transforms } from 'slate';
import { LinkUrl } from '../../../../shared/story/schema.ts';
import { REGION_ORDER, type CustomElement, type RegionType } from '../document/types.ts';
import {
  holdsMedia,
  isElementOf,
  isEmptyText,
  isPlainContainer,
  isRegion,
  isRichContainer,
  isTextContainer,
  MEDIA_BLOCKS,
} from '../queries.ts';
import { ACCEPTS, emptyBylineEntry, emptyRegion, slotFor, TEMPLATES, type Slot } from '../structure/rules.ts';

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

export function withStoryStructure<T extends Editor>(editor: T): T {
  const { normalizeNode, getDirtyPaths } = editor;

  // Typing changes one text: only it and its block can need fixing (a line break pasted into a field).
  editor.getDirtyPaths = (operation) => {
    if ((operation.type === 'insert_text' || operation.type === 'remove_text') && operation.path.length > 1) {
      return [Path.parent(operation.path), operation.path];
    }
    return getDirtyPaths(operation);
  };

  editor.normalizeNode = (entry, options) => {
    const [node, path] = entry;
    if (path.length === 0) {
      if (normalizeTopLevel(editor)) return;
    } else if (Text.isText(node)) {
      if (normalizeText(editor, node, path)) return;
    } else if (Element.isElement(node)) {
      if (normalizeElement(editor, node, path)) return;
    }
    normalizeNode(entry, options);
  };

  return editor;
}

// ── the top level: exactly the regions, in order ─────────────────────────────────────────────────────────

function normalizeTopLevel(editor: Editor): boolean {
  const children = editor.children as Node[];
  const typeOf = (node: Node | undefined) => (node && Element.isElement(node) ? node.type : null);
  if (children.length === REGION_ORDER.length && children.every((child, i) => typeOf(child) === REGION_ORDER[i])) {
    return false;
  }
  const bodyIndex = children.findIndex((child) => isElementOf(child, 'body'));

  // Anything that is not a region goes into the body: before it to its start, after it to its end.
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    if (isRegion(child)) continue;
    if (Text.isText(child)) {
      if (child.text === '') Transforms.removeNodes(editor, { at: [i], voids: true });
      else Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: [i], voids: true });
      return true;
    }
    if (bodyIndex === -1) {
      Transforms.insertNodes(editor, emptyRegion('body'), { at: [children.length], voids: true });
      return true;
    }
    const body = children[bodyIndex] as CustomElement;
    // `to` counts as before the move: Slate shifts it when the node leaves from in front of the body.
    const to = i < bodyIndex ? [bodyIndex, 0] : [bodyIndex, body.children.length];
    Transforms.moveNodes(editor, { at: [i], to, voids: true });
    return true;
  }

  // A second copy of a region: its contents join the first, then it goes.
  for (let i = 0; i < children.length; i++) {
    const child = children[i] as CustomElement;
    const first = children.findIndex((other) => typeOf(other) === child.type);
    if (first === i) continue;
    if (child.children.length === 0 || isEmptyText(child)) {
      if (!holdsMedia(child)) {
        Transforms.removeNodes(editor, { at: [i], voids: true });
        return true;
      }
    }
    Transforms.moveNodes(editor, { at: [i, 0], to: [first, (children[first] as CustomElement).children.length], voids: true });
    return true;
  }

  // A missing region is added empty; then each region is moved to its place.
  for (const type of REGION_ORDER) {
    if (!children.some((child) => typeOf(child) === type)) {
      Transforms.insertNodes(editor, emptyRegion(type), { at: [children.length], voids: true });
      return true;
    }
  }
  for (let i = 0; i < REGION_ORDER.length; i++) {
    if (typeOf(children[i]) === REGION_ORDER[i]) continue;
    const from = children.findIndex((child) => typeOf(child) === REGION_ORDER[i]);
    Transforms.moveNodes(editor, { at: [from], to: [i], voids: true });
    return true;
  }
  return false;
}

// ── text ─────────────────────────────────────────────────────────────────────────────────────────────────

function normalizeText(editor: Editor, text: Text, path: Path): boolean {
  if (path.length < 2) return false; // the top level handles its own
  const parent = Node.parent(editor, path) as CustomElement;
  if (isPlainContainer(parent)) return plainTextFix(editor, text, path);
  if (isRichContainer(parent) || parent.type === 'link' || Editor.isVoid(editor, parent)) return false;
  // Text straight inside a container of blocks: kept as a paragraph (or bullet) when it says something.
  if (text.text === '') {
    // An element left with only this gets its proper first child from its own rules, then this goes.
    if (parent.children.length === 1) return false;
    Transforms.removeNodes(editor, { at: path, voids: true });
    return true;
  }
  const wrapper: CustomElement =
    parent.type === 'highlights' ? { type: 'highlight', children: [] } : { type: 'paragraph', children: [] };
  Transforms.wrapNodes(editor, wrapper, { at: path, voids: true });
  return true;
}

/** Plain text: no bold or italic, and one line. */
function plainTextFix(editor: Editor, text: Text, path: Path): boolean {
  if (text.bold || text.italic) {
    Transforms.unsetNodes(editor, ['bold', 'italic'], { at: path });
    return true;
  }
  const lineBreak = LINE_BREAK.exec(text.text);
  if (lineBreak) {
    const offset = lineBreak.index;
    Transforms.delete(editor, { at: { path, offset }, distance: lineBreak[0].length, unit: 'character' });
    // Two lines run together with one space, never two.
    const before = text.text[offset - 1];
    const after = text.text[offset + lineBreak[0].length];
    if (before !== undefined && after !== undefined && before !== ' ' && after !== ' ') {
      Transforms.insertText(editor, ' ', { at: { path, offset } });
    }
    return true;
  }
  return false;
}

// ── elements ─────────────────────────────────────────────────────────────────────────────────────────────

function normalizeElement(editor: Editor, element: CustomElement, path: Path): boolean {
  if (path.length > 1) {
    const parent = Node.parent(editor, path) as CustomElement;
    if (fixPlacement(editor, element, path, parent)) return true;
  }

  const template = TEMPLATES[element.type];
  if (template) return fixTemplate(editor, element, path, template);

  if (isTextContainer(element)) return fixTextContainer(editor, element, path);

  switch (element.type) {
    case 'highlights':
      if (isHollow(element)) return insertChild(editor, path, { type: 'highlight', children: [{ text: '' }] });
      return false;
    case 'byline':
      if (isHollow(element)) return insertChild(editor, path, emptyBylineEntry());
      return false;
    case 'body':
      if (isHollow(element)) return insertChild(editor, path, emptyRegion('body').children[0] as CustomElement);
      return false;
    case 'list':
      if (isHollow(element)) {
        Transforms.removeNodes(editor, { at: path, voids: true });
        return true;
      }
      if (element.style !== 'bulleted' && element.style !== 'numbered') {
        Transforms.setNodes(editor, { style: 'bulleted' }, { at: path });
        return true;
      }
      return false;
    case 'list-item':
      return fixListItem(editor, element, path);
    case 'lead':
    case 'related-videos':
      return fixMediaRegion(editor, element, path);
    case 'link':
      if (!LinkUrl.safeParse(element.url).success) {
        Transforms.unwrapNodes(editor, { at: path, voids: true });
        return true;
      }
      return false;
    default:
      return false;
  }
}

/** No children, or only the empty text Slate puts in an element left with none. */
function isHollow(element: CustomElement): boolean {
  const [first] = element.children as Node[];
  return element.children.length === 0 || (element.children.length === 1 && Text.isText(first) && first.text === '');
}

function insertChild(editor: Editor, path: Path, child: CustomElement): boolean {
  Transforms.insertNodes(editor, child, { at: [...path, 0], voids: true });
  return true;
}

/** A node in a place that does not take it: made into what the place takes, unwrapped, or dropped. */
function fixPlacement(editor: Editor, element: CustomElement, path: Path, parent: CustomElement): boolean {
  // Inside text only links may stand, and only in rich text.
  if (isTextContainer(parent) || parent.type === 'link') {
    if (element.type === 'link' && isRichContainer(parent)) return false;
    Transforms.unwrapNodes(editor, { at: path, voids: true });
    return true;
  }
  const accepted = ACCEPTS[parent.type];
  if (!accepted || accepted.has(element.type)) return false;

  switch (parent.type) {
    case 'body':
      if (isTextContainer(element)) return becomes(editor, path, { type: 'paragraph' });
      if (element.type === 'list-item') return wrap(editor, path, { type: 'list', style: 'bulleted', children: [] });
      if (element.type === 'link') return wrap(editor, path, { type: 'paragraph', children: [] });
      break;
    case 'highlights':
      if (isTextContainer(element)) return becomes(editor, path, { type: 'highlight' });
      if (element.type === 'link') return wrap(editor, path, { type: 'highlight', children: [] });
      break;
    case 'byline':
      if (element.type === 'field') return wrap(editor, path, { type: 'byline-entry', children: [] });
      if (isTextContainer(element)) return becomes(editor, path, { type: 'field', name: 'name' });
      break;
    case 'list':
      if (element.type === 'list-item-text' || element.type === 'list') {
        return wrap(editor, path, { type: 'list-item', children: [] });
      }
      if (isTextContainer(element)) return becomes(editor, path, { type: 'list-item-text' });
      if (element.type === 'link') return wrap(editor, path, { type: 'list-item-text', children: [] });
      break;
  }
  return dissolve(editor, element, path);
}

function becomes(editor: Editor, path: Path, props: Record<string, unknown>): boolean {
  Editor.withoutNormalizing(editor, () => {
    Transforms.unsetNodes(editor, ['name', 'style', 'url'], { at: path });
    Transforms.setNodes(editor, props as never, { at: path });
  });
  return true;
}

function wrap(editor: Editor, path: Path, wrapper: CustomElement): boolean {
  Transforms.wrapNodes(editor, wrapper, { at: path, voids: true });
  return true;
}

/** Dropped when it holds no text and no media; otherwise its children take its place. */
function dissolve(editor: Editor, element: CustomElement, path: Path): boolean {
  if (Editor.isVoid(editor, element) || (isEmptyText(element) && !holdsMedia(element))) {
    Transforms.removeNodes(editor, { at: path, voids: true });
  } else {
    Transforms.unwrapNodes(editor, { at: path, voids: true });
  }
  return true;
}

/** Plain containers hold unmarked text on one line; rich ones text and links. */
function fixTextContainer(editor: Editor, element: CustomElement, path: Path): boolean {
  const plain = isPlainContainer(element);
  for (let i = 0; i < element.children.length; i++) {
    const child = element.children[i] as Node;
    const childPath = [...path, i];
    if (Text.isText(child)) {
      if (plain && plainTextFix(editor, child, childPath)) return true;
    } else if (plain || !isElementOf(child, 'link')) {
      Transforms.unwrapNodes(editor, { at: childPath, voids: true });
      return true;
    }
  }
  return false;
}

/** A fixed-shape element: each slot filled in order, by moving, converting or adding a child. */
function fixTemplate(editor: Editor, element: CustomElement, path: Path, slots: readonly Slot[]): boolean {
  const children = element.children as Node[];
  for (let i = 0; i < slots.length; i++) {
    const slot = slots[i]!;
    const child = children[i];
    if (child && Element.isElement(child) && slot.fits(child)) continue;
    const later = children.findIndex((other, j) => j > i && Element.isElement(other) && slot.fits(other));
    if (later > i) {
      Transforms.moveNodes(editor, { at: [...path, later], to: [...path, i], voids: true });
      return true;
    }
    const props = child && Element.isElement(child) && slot.convert ? slot.convert(child) : null;
    if (props) {
      Transforms.setNodes(editor, props as never, { at: [...path, i] });
      return true;
    }
    Transforms.insertNodes(editor, slot.make(), { at: [...path, i], voids: true });
    return true;
  }
  if (children.length > slots.length) {
    const extraPath = [...path, slots.length];
    const extra = children[slots.length]!;
    const inBody = path.length === 2 && path[0] === REGION_ORDER.indexOf('body');
    if (inBody && !isEmptyText(extra)) {
      // Text that strayed into a quote, photo or video in the body is kept, as a paragraph after it.
      Transforms.moveNodes(editor, { at: extraPath, to: Path.next(path), voids: true });
    } else {
      Transforms.removeNodes(editor, { at: extraPath, voids: true });
    }
    return true;
  }
  return false;
}

/** An item: its text first, then at most one nested list. */
function fixListItem(editor: Editor, element: CustomElement, path: Path): boolean {
  const children = element.children as Node[];
  const first = children[0];
  if (!isElementOf(first, 'list-item-text')) {
    if (isTextContainer(first)) return becomes(editor, [...path, 0], { type: 'list-item-text' });
    if (first && (Text.isText(first) || isElementOf(first, 'link'))) {
      return wrap(editor, [...path, 0], { type: 'list-item-text', children: [] });
    }
    return insertChild(editor, path, { type: 'list-item-text', children: [{ text: '' }] });
  }
  for (let i = 1; i < children.length; i++) {
    const child = children[i]!;
    const childPath = [...path, i];
    if (isElementOf(child, 'list')) {
      if (i === 1) continue;
      const sublist = children[1];
      if (isElementOf(sublist, 'list')) {
        // A second nested list joins the first.
        Transforms.moveNodes(editor, { at: [...childPath, 0], to: [...path, 1, sublist.children.length], voids: true });
        return true;
      }
    }
    if (Text.isText(child) || isElementOf(child, 'link')) {
      if (isEmptyText(child)) Transforms.removeNodes(editor, { at: childPath, voids: true });
      else wrap(editor, childPath, { type: 'list-item-text', children: [] });
      return true;
    }
    // Anything else after the text starts an item of its own.
    Transforms.splitNodes(editor, { at: childPath, voids: true });
    return true;
  }
  return false;
}

/** The lead: one photo or video, or an empty slot. Related videos: videos, or one empty slot. */
function fixMediaRegion(editor: Editor, element: Extract<CustomElement, { type: RegionType }>, path: Path): boolean {
  const slot = slotFor(element.type)!;
  const children = element.children as Node[];
  const isLead = element.type === 'lead';
  const keeps = (node: Node) =>
    Element.isElement(node) && (isLead ? MEDIA_BLOCKS.has(node.type) : node.type === 'video');
  const mediaCount = children.filter(keeps).length;
  if (children.length === 0) return insertChild(editor, path, { type: 'empty-slot', slot, children: [{ text: '' }] });

  const body = REGION_ORDER.indexOf('body');
  let seenMedia = false;
  let seenSlot = false;
  for (let i = 0; i < children.length; i++) {
    const child = children[i]!;
    const childPath = [...path, i];
    if (keeps(child)) {
      if (isLead && seenMedia) {
        // A second lead goes to the top of the body rather than being lost.
        Transforms.moveNodes(editor, { at: childPath, to: [body, 0], voids: true });
        return true;
      }
      seenMedia = true;
      continue;
    }
    if (isElementOf(child, 'empty-slot')) {
      if (mediaCount > 0 || seenSlot) {
        Transforms.removeNodes(editor, { at: childPath, voids: true });
        return true;
      }
      seenSlot = true;
      if (child.slot !== slot) {
        Transforms.setNodes(editor, { slot }, { at: childPath });
        return true;
      }
      continue;
    }
    if (children.length === 1 && isEmptyText(child) && !holdsMedia(child)) {
      // The region's only child is nothing: an empty slot takes its place.
      Editor.withoutNormalizing(editor, () => {
        Transforms.insertNodes(editor, { type: 'empty-slot', slot, children: [{ text: '' }] }, { at: [...path, 0], voids: true });
        Transforms.removeNodes(editor, { at: [...path, 1], voids: true });
      });
      return true;
    }
    if (isEmptyText(child) && !holdsMedia(child)) {
      Transforms.removeNodes(editor, { at: childPath, voids: true });
      return true;
    }
    // Something with words in it (a photo among related videos, stray text): kept in the body.
    const to = isLead ? [body, 0] : [body, (editor.children[body] as CustomElement).children.length];
    if (Text.isText(child)) {
      Transforms.wrapNodes(editor, { type: 'paragraph', children: [] }, { at: childPath, voids: true });
    } else {
      Transforms.moveNodes(editor, { at: childPath, to, voids: true });
    }
    return true;
  }
  return false;
}
