// Backspace and Delete at the edges of the story's parts, and deleting a selection that spans them. Text
// merges with the text next to it only inside one region's running text (or between two highlights);
// anywhere else — the body's first paragraph and the dateline, a caption and the paragraph before its photo —
// the caret moves across the edge instead, and an empty paragraph or bullet left behind goes.

import { Editor, Element, Node, Path, Point, Range, Transforms, type NodeEntry } from 'slate';
import type { CustomElement } from '../document/types.ts';
import { unwrapQuote } from '../commands/block-format.ts';
import { listItemOf, outdentListItem } from '../commands/lists.ts';
import { nextContainer, previousContainer, selectEnd, selectStart } from '../commands/navigation.ts';
import {
  bodyBlockAbove,
  caret,
  isElementOf,
  isEmptyText,
  isRichContainer,
  isTextContainer,
  MEDIA_BLOCKS,
  regionIndex,
  textContainerAbove,
} from '../queries.ts';

type Unit = 'character' | 'word' | 'line' | 'block';

/** Whether two text containers, `first` before `second`, may be merged by deleting the edge between them. */
function mergeable(editor: Editor, first: NodeEntry<CustomElement>, second: NodeEntry<CustomElement>): boolean {
  const [a, aPath] = first;
  const [b, bPath] = second;
  if (aPath[0] !== bPath[0]) return false; // never across regions
  if (a.type === 'highlight' && b.type === 'highlight') return true;
  if (!isRichContainer(a) || !isRichContainer(b)) return false;
  const inMedia = (path: Path) => {
    const block = bodyBlockAbove(editor, path);
    return block !== undefined && MEDIA_BLOCKS.has(block[0].type);
  };
  return !inMedia(aPath) && !inMedia(bPath);
}

/** An empty part that Backspace or Delete may take away: a body block, a highlight, a whole byline entry. */
function removablePath(editor: Editor, [node, path]: NodeEntry<CustomElement>): Path | null {
  if (!isEmptyText(node)) return null;
  const parentPath = Path.parent(path);
  const parent = Node.get(editor, parentPath) as CustomElement;
  if ((node.type === 'paragraph' || node.type === 'subhead') && path.length === 2 && path[0] === regionIndex('body')) {
    return parent.children.length > 1 ? path : null;
  }
  if (node.type === 'highlight') return parent.children.length > 1 ? path : null;
  if (isElementOf(node, 'field') && node.name === 'name' && isElementOf(parent, 'byline-entry') && isEmptyText(parent)) {
    const byline = Node.parent(editor, parentPath);
    return byline.children.length > 1 ? parentPath : null;
  }
  return null;
}

export function deleteStoryBackward(editor: Editor, unit: Unit, original: (unit: Unit) => void): void {
  const point = caret(editor);
  if (!point) return original(unit);
  if (Editor.void(editor, { at: point })) return removeMediaAt(editor, point);
  const entry = textContainerAbove(editor, point);
  if (!entry || !Point.equals(point, Editor.start(editor, entry[1]))) return original(unit);
  const [node, path] = entry;

  if (node.type === 'list-item-text') {
    const item = listItemOf(editor, path);
    if (item) return outdentListItem(editor, item);
  }
  if (node.type === 'quote-text') return unwrapQuote(editor, Path.parent(path));

  const previous = previousContainer(editor, path);
  if (!previous) return; // the start of the headline: nothing before it
  if (mergeable(editor, previous, entry)) return original(unit);

  const previousRef = Editor.pathRef(editor, previous[1]);
  const removable = removablePath(editor, entry);
  if (removable) Transforms.removeNodes(editor, { at: removable });
  const target = previousRef.unref();
  if (target) selectEnd(editor, target);
}

export function deleteStoryForward(editor: Editor, unit: Unit, original: (unit: Unit) => void): void {
  const point = caret(editor);
  if (!point) return original(unit);
  if (Editor.void(editor, { at: point })) return removeMediaAt(editor, point);
  const entry = textContainerAbove(editor, point);
  if (!entry || !Point.equals(point, Editor.end(editor, entry[1]))) return original(unit);

  const next = nextContainer(editor, entry[1]);
  if (!next) return; // the end of the story
  if (mergeable(editor, entry, next)) return original(unit);

  const nextRef = Editor.pathRef(editor, next[1]);
  const removable = removablePath(editor, entry);
  if (removable) Transforms.removeNodes(editor, { at: removable });
  const target = nextRef.unref();
  if (target) selectStart(editor, target);
}

/**
 * Backspace or Delete with a picture selected takes the photo away (a lead photo leaves its empty slot, a
 * poster becomes "no poster"). An empty slot has nothing to take.
 */
function removeMediaAt(editor: Editor, point: Point): void {
  const voidEntry = Editor.void(editor, { at: point });
  if (!voidEntry || !isElementOf(voidEntry[0], 'media-preview')) return;
  const holderPath = Path.parent(voidEntry[1]);
  const holder = Node.get(editor, holderPath) as CustomElement;
  if (holder.type === 'poster') {
    Editor.withoutNormalizing(editor, () => {
      Transforms.removeNodes(editor, { at: holderPath });
      Transforms.insertNodes(editor, { type: 'empty-slot', slot: 'poster', children: [{ text: '' }] }, { at: holderPath, select: false });
    });
    return;
  }
  if (holder.type === 'photo') Transforms.removeNodes(editor, { at: holderPath });
}

/** Deleting a selection: Slate's own way inside running text, part by part where it crosses edges. */
export function deleteStoryFragment(editor: Editor, original: () => void): void {
  const { selection } = editor;
  if (!selection || Range.isCollapsed(selection)) return original();
  const [start, end] = Range.edges(selection);
  const first = textContainerAbove(editor, start);
  const last = textContainerAbove(editor, end);
  if (first && last && (Path.equals(first[1], last[1]) || mergeable(editor, first, last))) return original();

  Editor.withoutNormalizing(editor, () => {
    const startRef = Editor.pointRef(editor, start);
    const range: Range = { anchor: start, focus: end };
    const holdsAnEnd = (path: Path) =>
      (first !== undefined && Path.isAncestor(path, first[1])) || (last !== undefined && Path.isAncestor(path, last[1]));

    // Whole items between the ends — body blocks, bullets, byline entries, media — go.
    const items = Array.from(
      Editor.nodes(editor, {
        at: range,
        match: (node, path) =>
          path.length === 2 && Element.isElement(node) && !holdsAnEnd(path) && !Editor.isVoid(editor, node),
        voids: true,
      }),
      ([, path]) => path,
    ).filter((path) => Point.compare(Editor.start(editor, path), start) >= 0 && Point.compare(Editor.end(editor, path), end) <= 0);
    for (const path of items.reverse()) Transforms.removeNodes(editor, { at: path, voids: true });

    // What is left of the range is cut part by part, never joining two parts.
    const endNow = Editor.pointRef(editor, end);
    const from = startRef.current;
    const to = endNow.unref();
    if (from && to) {
      const containers = Array.from(
        Editor.nodes(editor, { at: { anchor: from, focus: to }, match: isTextContainer, mode: 'lowest' }),
        ([, path]) => path,
      );
      for (const path of containers.reverse()) {
        const containerStart = Editor.start(editor, path);
        const containerEnd = Editor.end(editor, path);
        const cutFrom = Point.isAfter(from, containerStart) ? from : containerStart;
        const cutTo = Point.isBefore(to, containerEnd) ? to : containerEnd;
        if (Point.isBefore(cutFrom, cutTo)) Transforms.delete(editor, { at: { anchor: cutFrom, focus: cutTo } });
      }
    }
    const landing = startRef.unref();
    if (landing) Transforms.select(editor, landing);
  });
}
