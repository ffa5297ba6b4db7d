// The text the peer editors hold: the story's body as plain paragraphs, one per text block in reading order
// (paragraphs, subheads, quotes and their attributions, list items, photo captions, video titles and
// captions: blockText's lines), so a peer lays out and holds the same words Copydesk's body does. Also where
// each of the story's paragraph blocks landed, so a peer can be typed into at the very paragraph Copydesk is.

import { blockText } from '../../../shared/story/plain-text.ts';
import type { Story } from '../../../shared/story/schema.ts';

export interface PeerText {
  paragraphs: string[];
  /** For the story's k-th paragraph block: its index in `paragraphs`. */
  paragraphIndex: number[];
}

export function peerText(story: Pick<Story, 'body'>): PeerText {
  const paragraphs: string[] = [];
  const paragraphIndex: number[] = [];
  for (const block of story.body) {
    const lines = blockText(block).filter((line) => line.trim() !== '');
    if (block.type === 'paragraph') paragraphIndex.push(paragraphs.length);
    paragraphs.push(...(lines.length > 0 ? lines : ['']));
  }
  return { paragraphs, paragraphIndex };
}
