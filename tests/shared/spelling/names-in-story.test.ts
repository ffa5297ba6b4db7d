import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isLearnedName, namesInStory } from '../../../shared/spelling/names-in-story.ts';
import { createStory } from '../../../shared/story/create.ts';
import { parseStory } from '../../../shared/story/parse.ts';
import { Story, type BodyBlock, type Credit } from '../../../shared/story/schema.ts';

const BLANK = createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z') });
const NO_CREDIT: Credit = { photographers: [], organization: '', via: '', restrictions: [], copyright: '' };

function story(parts: Partial<Story>): Story {
  return Story.parse({ ...BLANK, ...parts });
}

function paragraph(text: string): BodyBlock {
  return { type: 'paragraph', children: [{ text }] };
}

describe('namesInStory()', () => {
  it('learns the byline, the credits and the dateline, names in capitals in title case', () => {
    const names = namesInStory(
      story({
        byline: [{ name: 'Laura Jarrett', title: 'Justice Reporter', organization: 'CNN' }],
        dateline: { location: 'KHARKIV', source: 'Reuters' },
        lead: {
          type: 'photo',
          id: 'p1',
          media: null,
          alt: '',
          caption: '',
          credit: { ...NO_CREDIT, photographers: ['Mandel Ngan'], organization: 'AFP', via: 'Getty Images' },
        },
      }),
    );
    for (const name of ['Laura', 'Jarrett', 'Kharkiv', 'Reuters', 'Mandel', 'Ngan', 'Getty', 'Images']) {
      expect(names.has(name), name).toBe(true);
    }
    expect(names.has('Justice'), 'a byline title is not a name').toBe(false);
  });

  it('learns capitalised words in the middle of sentences, hyphenated names part by part', () => {
    const names = namesInStory(
      story({
        highlights: ['The letter answered Chief Justice Tani Cantil-Sakauye'],
        body: [paragraph('The ratings came from Nielsen, and Secretary of State Mike Pompeo’s office agreed.')],
      }),
    );
    for (const name of ['Chief', 'Justice', 'Tani', 'Cantil', 'Sakauye', 'Nielsen', 'Secretary', 'State', 'Mike', 'Pompeo']) {
      expect(names.has(name), name).toBe(true);
    }
    expect(names.has("Pompeo's")).toBe(false);
    expect(names.has('The'), 'a word opening a sentence is not learned').toBe(false);
  });

  it('still flags a misspelt common word at the start of a sentence', () => {
    const names = namesInStory(story({ body: [paragraph('Teh court met. Recieve the papers, said Pompeo.')] }));
    expect(names.has('Teh')).toBe(false);
    expect(names.has('Recieve')).toBe(false);
    expect(names.has('Pompeo')).toBe(true);
  });

  it('learns nothing from title-case headlines, subheads or video titles', () => {
    const names = namesInStory(
      story({
        headline: 'Courts Will Continue Arests',
        subheadline: 'Officals Say So',
        body: [
          { type: 'subhead', children: [{ text: 'A Leter to California' }] },
          { type: 'video', id: 'v1', title: 'The Dreamer Speeks', durationSeconds: 33, media: null, poster: null, caption: '', credit: NO_CREDIT },
        ],
      }),
    );
    for (const word of ['Arests', 'Officals', 'Leter', 'California', 'Speeks']) expect(names.has(word), word).toBe(false);
  });

  it('learns the names in the courthouse story', () => {
    const fixture = parseStory(JSON.parse(readFileSync('tests/fixtures/stories/courthouse-arrests.json', 'utf8')));
    const names = namesInStory(fixture);
    for (const name of ['Cantil', 'Sakauye', 'Laura', 'Jarrett', 'Tani']) expect(names.has(name), name).toBe(true);
  });
});

describe('isLearnedName()', () => {
  it('accepts a learned name as written and with a possessive, never in lower case', () => {
    const names = new Set(['Pompeo']);
    expect(isLearnedName(names, 'Pompeo')).toBe(true);
    expect(isLearnedName(names, "Pompeo's")).toBe(true);
    expect(isLearnedName(names, 'pompeo')).toBe(false);
  });
});
