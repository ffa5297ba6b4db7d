import { describe, expect, it } from 'vitest';
import { storyStatistics } from '../../../shared/lint/index.ts';
import type { BodyBlock } from '../../../shared/story/schema.ts';
import { cleanStory, paragraph, photo, video } from './lint-test-story.ts';

describe('storyStatistics()', () => {
  it('counts the running text of the body: paragraphs, subheads, quotations with attribution, nested lists', () => {
    const body: BodyBlock[] = [
      paragraph('Five people ', { text: 'were', bold: true }, ' arrested.'),
      { type: 'subhead', children: [{ text: 'What happened' }] },
      { type: 'block-quote', children: [{ text: 'It is a vital forum.' }], attribution: 'Tani Cantil-Sakauye' },
      {
        type: 'list',
        style: 'bulleted',
        items: [{ children: [{ text: 'One item' }], sublist: { type: 'list', style: 'numbered', items: [{ children: [{ text: 'Nested' }] }] } }],
      },
      photo({ caption: 'Captions are not running text.' }),
      video({ title: 'Nor are video titles' }),
    ];
    const text = ['Five people were arrested.', 'What happened', 'It is a vital forum.', 'Tani Cantil-Sakauye', 'One item', 'Nested'];
    expect(storyStatistics(cleanStory({ body }))).toEqual({
      words: 4 + 2 + 5 + 2 + 2 + 1,
      characters: text.join('').length,
      readingMinutes: 1,
    });
  });

  it('counts Chinese and Japanese by character, and characters as a reader sees them', () => {
    expect(storyStatistics(cleanStory({ body: [paragraph('中文段落没有空格。'), paragraph('😀 ok')] }))).toEqual({
      words: 8 + 1,
      characters: 9 + 4,
      readingMinutes: 1,
    });
  });

  it('gives a reading time at 230 words a minute, and none for an empty story', () => {
    expect(storyStatistics(cleanStory({ body: [paragraph('word '.repeat(1150))] })).readingMinutes).toBe(5);
    expect(storyStatistics(cleanStory({ body: [] }))).toEqual({ words: 0, characters: 0, readingMinutes: 0 });
  });
});
