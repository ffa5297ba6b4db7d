// The story's length for the lint panel and `copydesk lint`: the running text of the body (paragraphs,
// subheads, quotations with their attribution, lists), counted as the editor's footer counts it — words
// right for any script (shared/text/word-count.ts), characters as a reader sees them — and the minutes a
// reader needs for it. Captions and headlines are not part of the reading time.

import type { BodyBlock, List, Story } from '../story/schema.ts';
import { inlineText } from '../story/plain-text.ts';
import { countWords, readingMinutes } from '../text/word-count.ts';
import { characterCount } from './text-offsets.ts';

export interface StoryStatistics {
  words: number;
  characters: number;
  readingMinutes: number;
}

function listTexts(list: List, into: string[]): void {
  for (const item of list.items) {
    into.push(inlineText(item.children));
    if (item.sublist) listTexts(item.sublist, into);
  }
}

function runningTexts(block: BodyBlock, into: string[]): void {
  switch (block.type) {
    case 'paragraph':
    case 'subhead':
      into.push(inlineText(block.children));
      break;
    case 'block-quote':
      into.push(inlineText(block.children), block.attribution);
      break;
    case 'list':
      listTexts(block, into);
      break;
    case 'photo':
    case 'video':
      break;
  }
}

export function storyStatistics(story: Pick<Story, 'body'>): StoryStatistics {
  const texts: string[] = [];
  for (const block of story.body) runningTexts(block, texts);
  let words = 0;
  let characters = 0;
  for (const text of texts) {
    words += countWords(text);
    characters += characterCount(text);
  }
  return { words, characters, readingMinutes: readingMinutes(words) };
}
