// Word and character counts for each region of the story, and the reading time. Counts are kept per
// element, keyed by the element itself: Slate replaces only the elements along a changed path, so after a
// keystroke only those are counted again and the rest come from the cache.

import { Element, Node, type Descendant } from 'slate';
import { countWords, readingMinutes } from '../../../../shared/text/word-count.ts';
import type { CustomElement, RegionType } from '../document/types.ts';
import { isTextContainer, MEDIA_BLOCKS } from '../queries.ts';

export interface Count {
  words: number;
  characters: number;
}

export interface StoryCounts {
  headline: Count;
  subheadline: Count;
  highlights: Count & { items: number };
  /** The running text: paragraphs, subheads, quotes and lists. */
  body: Count;
  /** Captions, alt text, credits and video titles, in the lead, the body and the related videos. */
  media: Count;
  /** Everything a reader reads: headline to body, with the captions. */
  total: Count;
  /** Minutes to read the body. */
  readingMinutes: number;
}

const ZERO: Count = { words: 0, characters: 0 };
const cache = new WeakMap<object, Count>();

const add = (a: Count, b: Count): Count => ({ words: a.words + b.words, characters: a.characters + b.characters });

function countText(text: string): Count {
  let characters = 0;
  for (const _ of text) characters++; // code points, so an emoji or a CJK character counts once
  return { words: countWords(text), characters };
}

/** The count of an element, from the cache when it has not changed. */
function countOf(node: Descendant): Count {
  if (!Element.isElement(node)) return countText(node.text);
  const cached = cache.get(node);
  if (cached) return cached;
  const count = isTextContainer(node)
    ? countText(Node.string(node))
    : node.children.reduce<Count>((sum, child) => add(sum, countOf(child as Descendant)), ZERO);
  cache.set(node, count);
  return count;
}

function region(document: readonly Descendant[], type: RegionType): CustomElement | undefined {
  return document.find((node): node is CustomElement => Element.isElement(node) && node.type === type);
}

export function countStory(document: readonly Descendant[]): StoryCounts {
  const of = (type: RegionType) => {
    const found = region(document, type);
    return found ? countOf(found) : ZERO;
  };
  let body = ZERO;
  let media = add(of('lead'), of('related-videos'));
  for (const block of region(document, 'body')?.children ?? []) {
    const count = countOf(block as Descendant);
    if (Element.isElement(block) && MEDIA_BLOCKS.has(block.type)) media = add(media, count);
    else body = add(body, count);
  }
  const highlights = region(document, 'highlights');
  const headline = of('headline');
  const subheadline = of('subheadline');
  const highlightCount = of('highlights');
  return {
    headline,
    subheadline,
    highlights: { ...highlightCount, items: highlights?.children.filter((item) => Node.string(item).trim() !== '').length ?? 0 },
    body,
    media,
    total: [headline, subheadline, highlightCount, of('byline'), of('dateline'), body, media].reduce(add, ZERO),
    readingMinutes: readingMinutes(body.words),
  };
}
