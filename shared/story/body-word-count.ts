// The body's word count, block by block, each block's count kept for as long as the block object lives. A
// story's blocks are immutable: an edit makes a new object for the blocks it changes and keeps the rest, so
// a story rendered again after a keystroke counts one paragraph, not 100,000 words (the preview renders the
// story's JSON-LD, wordCount included, every time the editor hands typing over: about 20 ms a time before).
// A word never runs from one block's line into the next one's, so the sum is countWords(bodyText(story)).

import { countWords } from '../text/word-count.ts';
import { blockText } from './plain-text.ts';
import type { BodyBlock } from './schema.ts';

const countsByBlock = new WeakMap<BodyBlock, number>();

function blockWordCount(block: BodyBlock): number {
  let count = countsByBlock.get(block);
  if (count === undefined) {
    count = 0;
    for (const line of blockText(block)) count += countWords(line);
    countsByBlock.set(block, count);
  }
  return count;
}

/** The words in `body`, as countWords(bodyText(story)) counts them. */
export function bodyWordCount(body: readonly BodyBlock[]): number {
  let total = 0;
  for (const block of body) total += blockWordCount(block);
  return total;
}
