import { describe, expect, it } from 'vitest';
import { countStory } from '../../../../renderer/src/editor/counts/count-story.ts';
import { doc, h2, link, p, photo, quote, ul } from '../builders.ts';

describe('countStory()', () => {
  it('counts each region’s words and characters, and the body’s reading time', () => {
    const counts = countStory(
      doc({
        headline: 'Storm closes the harbour',
        subheadline: 'Boats stay in port.',
        highlights: ['Ferries cancelled', '', 'Gusts of 90 km/h'],
        body: [h2('What next'), p('The port closed at ', link('https://a.example', 'six'), '.'), quote('We wait,', 'A skipper'), ul('One', 'Two'), photo('a', { caption: 'Boats in port' })],
      }),
    );
    expect(counts.headline).toEqual({ words: 4, characters: 24 });
    expect(counts.subheadline.words).toBe(4);
    expect(counts.highlights).toEqual({ words: 7, characters: 33, items: 2 });
    // What next · The port closed at six. · We wait, A skipper · One · Two
    expect(counts.body.words).toBe(2 + 5 + 4 + 2);
    expect(counts.media.words).toBe(3);
    expect(counts.readingMinutes).toBe(1);
    expect(counts.total.words).toBe(4 + 4 + 7 + 13 + 3);
  });

  it('counts Chinese and Japanese by character, and an emoji as one character', () => {
    const counts = countStory(doc({ body: [p('台风关闭港口'), p('港 🚢')] }));
    expect(counts.body.words).toBe(7);
    expect(counts.body.characters).toBe(6 + 3);
  });

  it('is quick again after one paragraph of a long body changes: the rest is remembered', () => {
    const body = Array.from({ length: 3000 }, (_, i) => p(`Paragraph number ${i} of the long story, with some words in it.`));
    const document = doc({ body });
    countStory(document);
    const changed = document.map((region) =>
      region.type === 'body' ? { ...region, children: region.children.map((block, i) => (i === 1500 ? p('Changed.') : block)) } : region,
    );
    const start = performance.now();
    const counts = countStory(changed as typeof document);
    expect(performance.now() - start).toBeLessThan(50);
    expect(counts.body.words).toBe(2999 * 12 + 1);
  });
});
