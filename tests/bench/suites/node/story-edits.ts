// A real change to save: one word at the end of a paragraph in the middle of the story, there on one save
// and gone on the next, so every save writes bytes different from the file on disk (as typing does).

import type { BodyBlock, Story } from '../../../../shared/story/schema.ts';

const WORD = ' again';

type Paragraph = Extract<BodyBlock, { type: 'paragraph' }>;

/** The index of the paragraph nearest the middle of the body whose first piece of text can take a word. */
export function middleParagraph(story: Story): number {
  for (let index = Math.floor(story.body.length / 2); index < story.body.length; index++) {
    const block = story.body[index]!;
    if (block.type === 'paragraph' && block.children[0] && 'text' in block.children[0]) return index;
  }
  throw new Error('The story has no paragraph in its second half to edit.');
}

/** The story with the word added to that paragraph (`edited`) or as generated; the rest shared, not copied. */
export function withEdit(story: Story, paragraphIndex: number, edited: boolean): Story {
  const paragraph = story.body[paragraphIndex] as Paragraph;
  const [first, ...rest] = paragraph.children;
  if (!first || !('text' in first)) throw new Error(`Block ${paragraphIndex} is not a paragraph starting with text.`);
  const text = edited ? `${first.text}${WORD}` : first.text;
  const body = story.body.slice();
  body[paragraphIndex] = { ...paragraph, children: [{ ...first, text }, ...rest] };
  return { ...story, body };
}
