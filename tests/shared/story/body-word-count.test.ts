// The body's word count, kept block by block: always what counting the whole body text gives.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bodyWordCount } from '../../../shared/story/body-word-count.ts';
import { bodyText } from '../../../shared/story/plain-text.ts';
import type { BodyBlock } from '../../../shared/story/schema.ts';
import { countWords } from '../../../shared/text/word-count.ts';
import { validStory } from '../../fixtures/arbitraries/stories.ts';

const paragraph = (text: string): BodyBlock => ({ type: 'paragraph', children: [{ text }] });

describe('bodyWordCount', () => {
  it('counts what countWords(bodyText(story)) counts, for any story (scripts without spaces included)', () => {
    fc.assert(
      fc.property(validStory, (story) => {
        expect(bodyWordCount(story.body)).toBe(countWords(bodyText(story)));
      }),
      { numRuns: 300 },
    );
    const mixed = [paragraph('東京で会議が開かれた。'), paragraph('ภาษาไทยง่ายนิดเดียว'), paragraph("It's 1,200 one-quarter words.")];
    expect(bodyWordCount(mixed)).toBe(countWords(bodyText({ body: mixed })));
  });

  it('counts an edited body again: a changed block is a new object, and its new words count', () => {
    const body = [paragraph('The port closed.'), paragraph('Boats stayed in.')];
    expect(bodyWordCount(body)).toBe(6);
    const edited = [body[0]!, paragraph('Boats stayed in all week.')];
    expect(bodyWordCount(edited)).toBe(8);
    expect(bodyWordCount(body)).toBe(6);
  });
});
