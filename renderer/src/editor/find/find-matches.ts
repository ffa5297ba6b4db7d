// Where the query is in the story: every text container of every region — headline to related videos,
// captions, alt text, credits and video titles included — read as one string each, so that a word split
// over several runs (part of it bold, or in a link) is still found; each match is mapped back onto the text
// nodes it covers. Voids (a picture, an empty slot) hold no text anyone wrote and are never searched.
//
// The desk's own fields (slug, keywords, notes) live in the Desk panel, not in the editor, and are not searched.

import { Element, Text, type Editor, type Path, type Point, type Range } from 'slate';
import { containerText, pointInContainer } from '../container-text.ts';
import { isTextContainer } from '../queries.ts';
import { matcherFor, matchesIn, type FindQuery } from './find-query.ts';

/** One place the query was found. */
export interface FindMatch {
  /** The text container it is in. */
  blockPath: Path;
  /** Its characters in the container's text. */
  start: number;
  end: number;
  /** The same characters in the document: the start leans into the run after a boundary, the end into the one before. */
  range: Range;
  /** The text nodes it covers, with the characters of each: what the highlight draws. */
  pieces: readonly { node: Text; start: number; end: number }[];
}

/** Every text container of the document, in reading order, with voids left out. */
export function* textContainers(editor: Editor): Generator<[Element, Path]> {
  function* walk(children: readonly unknown[], path: Path): Generator<[Element, Path]> {
    for (let index = 0; index < children.length; index++) {
      const child = children[index];
      if (!Element.isElement(child) || editor.isVoid(child)) continue;
      const childPath = [...path, index];
      if (isTextContainer(child)) yield [child, childPath];
      else yield* walk(child.children, childPath);
    }
  }
  yield* walk(editor.children, []);
}

/** Every match of the query in the document, in reading order. */
export function findMatches(editor: Editor, query: FindQuery): FindMatch[] {
  const matcher = matcherFor(query);
  if (!matcher) return [];
  const found: FindMatch[] = [];
  for (const [container, blockPath] of textContainers(editor)) {
    const text = containerText(container);
    if (text.text === '') continue;
    for (const { start, end } of matchesIn(text.text, matcher)) {
      const pieces = text.segments
        .filter((segment) => segment.start < end && segment.start + segment.node.text.length > start)
        .map((segment) => ({
          node: segment.node,
          start: Math.max(start, segment.start) - segment.start,
          end: Math.min(end, segment.start + segment.node.text.length) - segment.start,
        }));
      found.push({
        blockPath,
        start,
        end,
        range: { anchor: pointInContainer(text, blockPath, start, 'forward'), focus: pointInContainer(text, blockPath, end, 'backward') },
        pieces,
      });
    }
  }
  return found;
}
