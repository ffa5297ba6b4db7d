// Where a house-style problem is in the editor. Lint speaks of the story JSON (shared/lint/lint-types.ts:
// ['body', 3, 'caption'], offsets into that field's text); the editor holds a Slate document that is a view
// of the same story (document/to-slate.ts). This maps one onto the other: a story path to the Slate element
// holding that text, and offsets in the field to Slate points across its text nodes (and back).
//
// It reads the document the way from-slate.ts does — by element type and field name, skipping what
// from-slate.ts leaves out (empty highlights and byline entries, lists without items) — so that index i here
// is index i of the story lint was given. Parts of the story the editor does not hold (slug, keywords,
// status … in the Desk form) resolve to null.

import { Node, Text, type Ancestor, type Descendant, type Path, type Point, type Range } from 'slate';
import type { StoryPath } from '../../../../shared/lint/lint-types.ts';
import type { CustomElement, CustomElementType, FieldName, RegionType } from '../document/types.ts';
import { isElementOf, isTextContainer } from '../queries.ts';

/** Where a story path lands in the document. */
export interface ResolvedStoryPath {
  /** The element holding the text the story path names, or the nearest element that stands for it. */
  path: Path;
  /**
   * Whether the element's text is exactly the field's text, so that a problem's offsets apply to it. False
   * when the story path names something the editor shows as a whole element (a photo, a credit, a region)
   * or a part of one line ("photographers", 1).
   */
  exact: boolean;
}

type ElementOf<T extends CustomElementType> = Extract<CustomElement, { type: T }>;
type Root = { children: readonly Descendant[] };

function textOf(node: Descendant): string {
  return Node.string(node);
}

/**
 * The indexes of the children of `parent` that from-slate.ts reads as entries of the story (`kind` names the
 * test). Remembered per node: nodes never change, and a pass resolves many paths through the same body.
 */
const keptChildren = new WeakMap<object, Map<string, number[]>>();

function indexedChildren(parent: Root, kind: string, keep: (node: Descendant) => boolean): number[] {
  let byKind = keptChildren.get(parent);
  if (!byKind) keptChildren.set(parent, (byKind = new Map()));
  let indexes = byKind.get(kind);
  if (!indexes) {
    indexes = [];
    for (const [index, child] of parent.children.entries()) if (keep(child)) indexes.push(index);
    byKind.set(kind, indexes);
  }
  return indexes;
}

function fieldIndex(parent: Root, name: FieldName): number {
  return parent.children.findIndex((child) => isElementOf(child, 'field') && child.name === name);
}

function childIndex(parent: Root, type: CustomElementType): number {
  return parent.children.findIndex((child) => isElementOf(child, type));
}

/** A found element, exact when nothing of the story path is left over and it holds text. */
function landed(root: Root, path: Path, rest: readonly (string | number)[]): ResolvedStoryPath {
  return { path, exact: rest.length === 0 && isTextContainer(nodeAt(root, path)) };
}

function nodeAt(root: Root, path: Path): Node {
  return Node.get(root as unknown as Ancestor, path);
}

// ── the story's keys, as the editor names them ───────────────────────────────────────────────────────────

const PICTURE_FIELDS: Readonly<Record<string, FieldName>> = { caption: 'caption', alt: 'alt' };
const VIDEO_FIELDS: Readonly<Record<string, FieldName>> = {
  title: 'video-title',
  durationSeconds: 'duration',
  caption: 'caption',
};
const CREDIT_FIELDS: ReadonlySet<string> = new Set(['photographers', 'organization', 'via', 'restrictions', 'copyright']);
const BYLINE_FIELDS: ReadonlySet<string> = new Set(['name', 'title', 'organization']);
const DATELINE_FIELDS: ReadonlySet<string> = new Set(['location', 'source']);

const REGION_OF_KEY: Readonly<Record<string, RegionType>> = {
  headline: 'headline',
  subheadline: 'subheadline',
  highlights: 'highlights',
  byline: 'byline',
  dateline: 'dateline',
  lead: 'lead',
  body: 'body',
  relatedVideos: 'related-videos',
};

/** The story's top-level keys the editor holds; everything else lives in the Desk form. */
export function isEditorField(key: string | number | undefined): boolean {
  return typeof key === 'string' && key in REGION_OF_KEY;
}

// ── story path → Slate path ──────────────────────────────────────────────────────────────────────────────

/** The element holding the text at `storyPath`, or null when the editor does not hold that part of the story. */
export function resolveStoryPath(document: readonly Descendant[], storyPath: StoryPath): ResolvedStoryPath | null {
  const [key, ...rest] = storyPath;
  if (typeof key !== 'string' || !isEditorField(key)) return null;
  const region = REGION_OF_KEY[key]!;
  const root: Root = { children: document };
  const regionAt = document.findIndex((node) => isElementOf(node, region));
  if (regionAt < 0) return null;
  const regionNode = document[regionAt] as ElementOf<RegionType>;
  const regionPath = [regionAt];
  if (rest.length === 0) return landed(root, regionPath, rest);

  switch (region) {
    case 'headline':
    case 'subheadline':
      return { path: regionPath, exact: false };
    case 'highlights': {
      // from-slate.ts keeps only the bullets with words in them.
      const kept = indexedChildren(regionNode, 'highlights', (child) => isElementOf(child, 'highlight') && textOf(child).trim() !== '');
      const at = typeof rest[0] === 'number' ? kept[rest[0]] : undefined;
      return at === undefined ? { path: regionPath, exact: false } : landed(root, [...regionPath, at], rest.slice(1));
    }
    case 'byline': {
      // from-slate.ts drops the empty entry the editor shows for "no byline yet".
      const kept = indexedChildren(
        regionNode,
        'byline',
        (child) =>
          isElementOf(child, 'byline-entry') &&
          (fieldText(child, 'name').trim() !== '' || fieldText(child, 'title').trim() !== '' || fieldText(child, 'organization').trim() !== ''),
      );
      const at = typeof rest[0] === 'number' ? kept[rest[0]] : undefined;
      if (at === undefined) return { path: regionPath, exact: false };
      const entryPath = [...regionPath, at];
      return namedField(root, entryPath, rest.slice(1), BYLINE_FIELDS);
    }
    case 'dateline':
      return namedField(root, regionPath, rest, DATELINE_FIELDS);
    case 'lead': {
      const at = indexedChildren(regionNode, 'media', (child) => isElementOf(child, 'photo') || isElementOf(child, 'video'))[0];
      return at === undefined ? { path: regionPath, exact: false } : inMedia(root, [...regionPath, at], rest);
    }
    case 'body': {
      // from-slate.ts leaves out a list that has lost all its items.
      const kept = indexedChildren(regionNode, 'blocks', (child) => !isElementOf(child, 'list') || childIndex(child, 'list-item') >= 0);
      const at = typeof rest[0] === 'number' ? kept[rest[0]] : undefined;
      return at === undefined ? { path: regionPath, exact: false } : inBodyBlock(root, [...regionPath, at], rest.slice(1));
    }
    case 'related-videos': {
      const kept = indexedChildren(regionNode, 'videos', (child) => isElementOf(child, 'video'));
      const at = typeof rest[0] === 'number' ? kept[rest[0]] : undefined;
      return at === undefined ? { path: regionPath, exact: false } : inMedia(root, [...regionPath, at], rest.slice(1));
    }
  }
}

function fieldText(parent: Root, name: FieldName): string {
  const at = fieldIndex(parent, name);
  return at < 0 ? '' : textOf(parent.children[at]!);
}

/** A field of a byline entry or the dateline: its key is its field name. */
function namedField(root: Root, parentPath: Path, rest: readonly (string | number)[], names: ReadonlySet<string>): ResolvedStoryPath {
  const [key, ...more] = rest;
  const parent = nodeAt(root, parentPath) as Root;
  if (typeof key !== 'string' || !names.has(key)) return { path: parentPath, exact: false };
  const at = fieldIndex(parent, key as FieldName);
  return at < 0 ? { path: parentPath, exact: false } : landed(root, [...parentPath, at], more);
}

function inBodyBlock(root: Root, blockPath: Path, rest: readonly (string | number)[]): ResolvedStoryPath {
  const block = nodeAt(root, blockPath) as CustomElement;
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return landed(root, blockPath, rest[0] === 'children' ? rest.slice(1) : rest);
    case 'block-quote': {
      const [key, ...more] = rest;
      if (key === 'children' || key === undefined) {
        const at = childIndex(block, 'quote-text');
        return at < 0 ? { path: blockPath, exact: false } : landed(root, [...blockPath, at], more);
      }
      if (key === 'attribution') {
        const at = fieldIndex(block, 'attribution');
        return at < 0 ? { path: blockPath, exact: false } : landed(root, [...blockPath, at], more);
      }
      return { path: blockPath, exact: false };
    }
    case 'list':
      return inList(root, blockPath, rest);
    case 'photo':
    case 'video':
      return inMedia(root, blockPath, rest);
    default:
      return { path: blockPath, exact: false };
  }
}

/** ['items', 0, 'children'], ['items', 0, 'sublist', 'items', 1, 'children'] … */
function inList(root: Root, listPath: Path, rest: readonly (string | number)[]): ResolvedStoryPath {
  const list = nodeAt(root, listPath) as ElementOf<'list'>;
  const [items, index, ...more] = rest;
  if (items !== 'items' || typeof index !== 'number') return { path: listPath, exact: false };
  const at = indexedChildren(list, 'items', (child) => isElementOf(child, 'list-item'))[index];
  if (at === undefined) return { path: listPath, exact: false };
  const itemPath = [...listPath, at];
  const item = nodeAt(root, itemPath) as ElementOf<'list-item'>;
  const [key, ...after] = more;
  if (key === 'children') {
    const textAt = childIndex(item, 'list-item-text');
    return textAt < 0 ? { path: itemPath, exact: false } : landed(root, [...itemPath, textAt], after);
  }
  if (key === 'sublist') {
    const sublistAt = childIndex(item, 'list');
    return sublistAt < 0 ? { path: itemPath, exact: false } : inList(root, [...itemPath, sublistAt], after);
  }
  return { path: itemPath, exact: false };
}

/** A photo, a video or a poster, and the parts inside it. */
function inMedia(root: Root, mediaPath: Path, rest: readonly (string | number)[]): ResolvedStoryPath {
  const media = nodeAt(root, mediaPath) as ElementOf<'photo' | 'video' | 'poster'>;
  const [key, ...more] = rest;
  if (typeof key !== 'string') return { path: mediaPath, exact: false };
  if (key === 'credit') {
    const at = childIndex(media, 'credit');
    if (at < 0) return { path: mediaPath, exact: false };
    const creditPath = [...mediaPath, at];
    const [creditKey, ...after] = more;
    if (typeof creditKey !== 'string' || !CREDIT_FIELDS.has(creditKey)) return { path: creditPath, exact: false };
    const fieldAt = fieldIndex(media.children[at] as Root, creditKey as FieldName);
    return fieldAt < 0 ? { path: creditPath, exact: false } : landed(root, [...creditPath, fieldAt], after);
  }
  if (key === 'poster' && media.type === 'video') {
    // No poster yet: the slot offering to add one stands for it.
    const at = media.children.findIndex((child) => isElementOf(child, 'poster') || isElementOf(child, 'empty-slot'));
    if (at < 0) return { path: mediaPath, exact: false };
    const posterPath = [...mediaPath, at];
    return isElementOf(media.children[at], 'poster') ? inMedia(root, posterPath, more) : { path: posterPath, exact: false };
  }
  const name = media.type === 'video' ? VIDEO_FIELDS[key] : PICTURE_FIELDS[key];
  if (!name) return { path: mediaPath, exact: false };
  const at = fieldIndex(media, name);
  return at < 0 ? { path: mediaPath, exact: false } : landed(root, [...mediaPath, at], more);
}

// ── offsets in a field ↔ Slate points ────────────────────────────────────────────────────────────────────

/** One text node's share of a range of characters in a field. */
export interface TextSegment {
  path: Path;
  node: Text;
  /** Offsets inside this text node. */
  start: number;
  end: number;
}

/** The text nodes under `elementPath` in document order, each with the field offset it starts at. */
function textsWithOffsets(root: Root, elementPath: Path): { path: Path; node: Text; from: number }[] {
  const element = nodeAt(root, elementPath);
  const texts: { path: Path; node: Text; from: number }[] = [];
  let from = 0;
  for (const [node, relative] of Node.texts(element)) {
    texts.push({ path: [...elementPath, ...relative], node, from });
    from += node.text.length;
  }
  return texts;
}

/**
 * The parts of characters start..end of the field at `elementPath`, one per text node they cross (empty
 * parts left out). Offsets past the end are clamped.
 */
export function segmentsOf(document: readonly Descendant[] | Root, elementPath: Path, start: number, end: number): TextSegment[] {
  const root = rootOf(document);
  const segments: TextSegment[] = [];
  for (const { path, node, from } of textsWithOffsets(root, elementPath)) {
    const segmentStart = Math.max(start, from) - from;
    const segmentEnd = Math.min(end, from + node.text.length) - from;
    if (segmentEnd > segmentStart) segments.push({ path, node, start: segmentStart, end: segmentEnd });
  }
  return segments;
}

/**
 * The point at character `offset` of the field at `elementPath`. At the seam between two text nodes,
 * 'forward' gives the start of the later one (where a range starts) and 'backward' the end of the earlier
 * one (where a range ends). Offsets past the end give the end.
 */
export function pointAtOffset(
  document: readonly Descendant[] | Root,
  elementPath: Path,
  offset: number,
  affinity: 'forward' | 'backward' = 'forward',
): Point | null {
  const texts = textsWithOffsets(rootOf(document), elementPath);
  if (texts.length === 0) return null;
  const wanted = Math.max(0, offset);
  for (const [index, { path, node, from }] of texts.entries()) {
    const to = from + node.text.length;
    const last = index === texts.length - 1;
    if (wanted < to || (wanted === to && (affinity === 'backward' || last))) return { path, offset: wanted - from };
  }
  const last = texts.at(-1)!;
  return { path: last.path, offset: last.node.text.length };
}

/** The Slate range of characters start..end of the field at `elementPath`. */
export function rangeOfOffsets(document: readonly Descendant[] | Root, elementPath: Path, start: number, end: number): Range | null {
  const anchor = pointAtOffset(document, elementPath, start, start === end ? 'backward' : 'forward');
  const focus = start === end ? anchor : pointAtOffset(document, elementPath, end, 'backward');
  return anchor && focus ? { anchor, focus } : null;
}

/** The field offset of a point inside the element at `elementPath`: the inverse of pointAtOffset. */
export function offsetOfPoint(document: readonly Descendant[] | Root, elementPath: Path, point: Point): number {
  for (const { path, from } of textsWithOffsets(rootOf(document), elementPath)) {
    if (path.length === point.path.length && path.every((step, index) => step === point.path[index])) return from + point.offset;
  }
  throw new Error(`The point at [${point.path.join(', ')}] is not a text inside the element at [${elementPath.join(', ')}].`);
}

function rootOf(document: readonly Descendant[] | Root): Root {
  return Array.isArray(document) ? { children: document as readonly Descendant[] } : (document as Root);
}
