// Moving the caret between the story's parts: Enter in a field moves to the next one, Tab and Shift+Tab
// jump between regions and fields. Searches walk lazily from the caret, never over the whole document.

import { Editor, Path, Range, Transforms, type NodeEntry, type Point } from 'slate';
import type { CustomElement } from '../document/types.ts';
import { bodyBlockAbove, isPlainContainer, isTextContainer, MEDIA_BLOCKS, regionIndex } from '../queries.ts';

/** Puts the caret at the start of the element at `path`. */
export function selectStart(editor: Editor, path: Path): void {
  Transforms.select(editor, Editor.start(editor, path));
}

/** Puts the caret at the end of the element at `path`. */
export function selectEnd(editor: Editor, path: Path): void {
  Transforms.select(editor, Editor.end(editor, path));
}

/** Where the caret lands in a part it moves to: after a field's text, at the start of running text. */
export function enter(editor: Editor, [node, path]: NodeEntry<CustomElement>): void {
  if (isPlainContainer(node)) selectEnd(editor, path);
  else selectStart(editor, path);
}

/**
 * A place Tab stops at: the headline, the subheadline, the first highlight, every field, and the first text
 * of the body and of each stretch of body text after a photo or video.
 */
export function isTabStop(editor: Editor, [node, path]: NodeEntry<CustomElement>): boolean {
  switch (node.type) {
    case 'headline':
    case 'subheadline':
    case 'field':
      return true;
    case 'highlight':
      return path[path.length - 1] === 0;
    case 'paragraph':
    case 'subhead':
    case 'quote-text':
    case 'list-item-text': {
      const block = bodyBlockAbove(editor, path);
      if (!block) return false;
      // Only the first text inside its body block (a list's first item, a quote's text).
      if (!path.slice(2).every((index) => index === 0)) return false;
      const index = block[1][1]!;
      if (index === 0) return true;
      const previous = Editor.node(editor, [regionIndex('body'), index - 1])[0] as CustomElement;
      return MEDIA_BLOCKS.has(previous.type);
    }
    default:
      return false;
  }
}

function textContainersAfter(editor: Editor, path: Path): Generator<NodeEntry<CustomElement>> | [] {
  const after = Editor.after(editor, Editor.end(editor, path));
  if (!after) return [];
  return Editor.nodes<CustomElement>(editor, {
    at: { anchor: after, focus: Editor.end(editor, []) },
    match: isTextContainer,
    mode: 'lowest',
  });
}

function textContainersBefore(editor: Editor, path: Path): Generator<NodeEntry<CustomElement>> | [] {
  const before = Editor.before(editor, Editor.start(editor, path));
  if (!before) return [];
  return Editor.nodes<CustomElement>(editor, {
    at: { anchor: Editor.start(editor, []), focus: before },
    match: isTextContainer,
    mode: 'lowest',
    reverse: true,
  });
}

/** The first text container after the element at `path` (a text container, a block, a whole region). */
export function nextContainer(editor: Editor, path: Path): NodeEntry<CustomElement> | undefined {
  for (const entry of textContainersAfter(editor, path)) return entry;
  return undefined;
}

/** The text container before the one at `path`, in document order. */
export function previousContainer(editor: Editor, path: Path): NodeEntry<CustomElement> | undefined {
  for (const entry of textContainersBefore(editor, path)) return entry;
  return undefined;
}

/** The end of the last text in the story: where Ctrl+End puts the caret (no slot or picture after it holds text). */
export function storyEnd(editor: Editor): Point | undefined {
  const [last] = Editor.nodes<CustomElement>(editor, { at: [], match: isTextContainer, mode: 'lowest', reverse: true });
  return last ? Editor.end(editor, last[1]) : undefined;
}

/** Puts the caret at the story's end, or with `extend` moves the selection's focus there; false if there is no text at all. */
export function moveToStoryEnd(editor: Editor, extend: boolean): boolean {
  const end = storyEnd(editor);
  if (!end) return false;
  if (extend && editor.selection) Transforms.select(editor, { anchor: editor.selection.anchor, focus: end });
  else Transforms.select(editor, end);
  return true;
}

/** The next Tab stop after the container at `path`. */
export function nextStop(editor: Editor, path: Path): NodeEntry<CustomElement> | undefined {
  for (const entry of textContainersAfter(editor, path)) if (isTabStop(editor, entry)) return entry;
  return undefined;
}

/** The Tab stop before the part the container at `path` belongs to (not the start of that same part). */
export function previousStop(editor: Editor, path: Path): NodeEntry<CustomElement> | undefined {
  let from = path;
  const here = Editor.node(editor, path) as NodeEntry<CustomElement>;
  if (!isTabStop(editor, here)) {
    for (const entry of textContainersBefore(editor, path)) {
      if (isTabStop(editor, entry)) {
        from = entry[1];
        break;
      }
    }
  }
  for (const entry of textContainersBefore(editor, from)) if (isTabStop(editor, entry)) return entry;
  return undefined;
}

/** Moves the caret into the next text container; false at the end of the story. */
export function moveToNextContainer(editor: Editor, path: Path): boolean {
  const next = nextContainer(editor, path);
  if (!next) return false;
  enter(editor, next);
  return true;
}

/**
 * Select all, by steps: first the text of the part the caret is in (the headline, a caption, a paragraph),
 * then, pressed again, the whole story. False when the part is already selected (the browser then selects
 * everything).
 */
export function selectPart(editor: Editor): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const entry = Editor.above<CustomElement>(editor, { at: selection, match: isTextContainer, mode: 'lowest' });
  if (!entry) return false;
  const whole = Editor.range(editor, entry[1]);
  if (Range.equals(Editor.unhangRange(editor, selection), whole) || Range.equals(selection, whole)) return false;
  Transforms.select(editor, whole);
  return true;
}
