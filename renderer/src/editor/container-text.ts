// The text of a block or field as one string, and where each of its text nodes sits in it: what find,
// spelling and the house-style marks need to turn an offset in "the caption" into a place in a text node
// (marks and links split one word over several nodes).

import { Element, Text, type Path, type Point } from 'slate';

export interface TextSegment {
  node: Text;
  /** The text node's path inside the container. */
  relativePath: Path;
  /** Where the node's characters start in the container's text. */
  start: number;
}

export interface ContainerText {
  text: string;
  segments: readonly TextSegment[];
}

// Slate nodes never change: a container's text is put together once per version of it.
const containerTexts = new WeakMap<Element, ContainerText>();

export function containerText(container: Element): ContainerText {
  let found = containerTexts.get(container);
  if (!found) {
    const segments: TextSegment[] = [];
    let text = '';
    const collect = (element: Element, relative: Path) => {
      element.children.forEach((child, index) => {
        if (Text.isText(child)) {
          segments.push({ node: child, relativePath: [...relative, index], start: text.length });
          text += child.text;
        } else if (Element.isElement(child)) collect(child, [...relative, index]);
      });
    };
    collect(container, []);
    found = { text, segments };
    containerTexts.set(container, found);
  }
  return found;
}

/**
 * Character `offset` of the container at `containerPath` as a point in the document. At the seam between two
 * text nodes, 'forward' gives the start of the later one (where a range starts) and 'backward' the end of the
 * earlier one (where a range ends).
 */
export function pointInContainer(
  container: ContainerText,
  containerPath: Path,
  offset: number,
  leaning: 'forward' | 'backward',
): Point {
  const { segments } = container;
  for (let index = 0; index < segments.length; index++) {
    const segment = segments[index]!;
    const end = segment.start + segment.node.text.length;
    const inside = leaning === 'forward' ? offset < end || index === segments.length - 1 : offset <= end;
    if (offset >= segment.start && inside) return { path: [...containerPath, ...segment.relativePath], offset: offset - segment.start };
  }
  const last = segments[segments.length - 1];
  return last
    ? { path: [...containerPath, ...last.relativePath], offset: last.node.text.length }
    : { path: [...containerPath, 0], offset: 0 };
}
