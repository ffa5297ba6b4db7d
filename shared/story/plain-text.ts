// The words of a story as plain text: for counting, searching and the library index.

import type { BodyBlock, Inline, List, Story } from './schema.ts';

export function inlineText(inlines: readonly Inline[]): string {
  return inlines.map((node) => ('type' in node ? inlineText(node.children) : node.text)).join('');
}

function listText(list: List): string[] {
  return list.items.flatMap((item) => [inlineText(item.children), ...(item.sublist ? listText(item.sublist) : [])]);
}

export function blockText(block: BodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      return [inlineText(block.children)];
    case 'block-quote':
      return [inlineText(block.children), block.attribution];
    case 'list':
      return listText(block);
    case 'photo':
      return [block.caption];
    case 'video':
      return [block.title, block.caption];
  }
}

/** The body's text, one block per line: what a reader reads as "the story". */
export function bodyText(story: Pick<Story, 'body'>): string {
  return story.body
    .flatMap(blockText)
    .filter((line) => line.trim() !== '')
    .join('\n');
}
