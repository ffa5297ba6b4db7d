// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { createStory } from '../../../shared/story/create.ts';
import type { Story, Video } from '../../../shared/story/schema.ts';
import { partElement } from '../../../renderer/src/preview/part-element.ts';

const NO_CREDIT = { photographers: [], organization: 'AP', via: '', restrictions: [], copyright: '' };
const video = (id: string, title: string): Video => ({
  type: 'video',
  id,
  title,
  durationSeconds: 90,
  media: null,
  poster: null,
  caption: '',
  credit: NO_CREDIT,
});

const STORY: Story = {
  ...createStory({ id: '01jq0000000000000000000000', now: new Date('2026-11-27T10:00:00Z'), headline: 'Harbour storm' }),
  subheadline: 'The sea wall held.',
  highlights: ['Waves over the wall'],
  byline: [{ name: 'Ana Ruiz', title: '', organization: 'AP' }],
  dateline: { location: 'Bilbao', source: 'AP' },
  lead: video('lead', 'The storm from the air'),
  body: [
    { type: 'paragraph', children: [{ text: 'First paragraph.' }] },
    { type: 'subhead', children: [{ text: 'A subhead' }] },
    { type: 'paragraph', children: [{ text: 'Third block.' }] },
  ],
  relatedVideos: [video('r1', 'First related'), video('r2', 'Second related')],
};

const document = new DOMParser().parseFromString(
  renderStoryHtml(STORY, { stylesheet: '', creditStyle: 'ap', mediaUrl: () => null }),
  'text/html',
);

describe('partElement()', () => {
  it('finds the header parts by their data-part', () => {
    expect(partElement(document, { region: 'headline' })?.textContent).toBe('Harbour storm');
    expect(partElement(document, { region: 'subheadline' })?.textContent).toBe('The sea wall held.');
    expect(partElement(document, { region: 'highlights' })?.localName).toBe('section');
    expect(partElement(document, { region: 'byline' })?.textContent).toBe('By Ana Ruiz, AP');
    expect(partElement(document, { region: 'dateline' })?.textContent).toBe('BILBAO (AP)');
  });

  it('finds the lead as the article’s own figure', () => {
    expect(partElement(document, { region: 'lead' })?.textContent).toContain('The storm from the air');
  });

  it('finds body block n as the body’s child n', () => {
    expect(partElement(document, { region: 'body', index: 1 })?.outerHTML).toBe('<h2>A subhead</h2>');
    expect(partElement(document, { region: 'body', index: 2 })?.textContent).toBe('Third block.');
    expect(partElement(document, { region: 'body', index: 3 })).toBeNull();
  });

  it('finds related video n as the list’s item n', () => {
    expect(partElement(document, { region: 'related-videos', index: 1 })?.textContent).toContain('Second related');
  });

  it('finds nothing for a part the document does not show', () => {
    const bare = new DOMParser().parseFromString(
      renderStoryHtml({ ...STORY, subheadline: '', lead: null, relatedVideos: [] }, { stylesheet: '', creditStyle: 'ap', mediaUrl: () => null }),
      'text/html',
    );
    expect(partElement(bare, { region: 'subheadline' })).toBeNull();
    expect(partElement(bare, { region: 'lead' })).toBeNull();
    expect(partElement(bare, { region: 'related-videos', index: 0 })).toBeNull();
  });
});
