import { describe, expect, it } from 'vitest';
import { locationNamer } from '../../../shared/lint/index.ts';
import type { BodyBlock } from '../../../shared/story/schema.ts';
import { cleanStory, paragraph, photo, video } from './lint-test-story.ts';

const list: BodyBlock = {
  type: 'list',
  style: 'bulleted',
  items: [
    { children: [{ text: 'a' }] },
    { children: [{ text: 'b' }], sublist: { type: 'list', style: 'numbered', items: [{ children: [{ text: 'c' }] }] } },
  ],
};

describe('locationNamer()', () => {
  const story = cleanStory({
    body: [paragraph('One'), photo(), { type: 'subhead', children: [{ text: 'Two' }] }, video(), list, photo({ id: 'p2' })],
    relatedVideos: [video(), video({ id: 'v2' }), video({ id: 'v3' })],
  });
  const name = locationNamer(story);

  it('names the story’s frame', () => {
    expect(name(['headline'])).toBe('headline');
    expect(name(['slug'])).toBe('slug');
    expect(name(['highlights'])).toBe('highlights');
    expect(name(['highlights', 1])).toBe('highlight 2');
    expect(name(['byline', 0, 'name'])).toBe('byline 1 name');
    expect(name(['dateline', 'location'])).toBe('dateline place');
    expect(name(['corrections', 0, 'text'])).toBe('correction 1');
  });

  it('numbers the body’s paragraphs, photos and videos each as a reader counts them', () => {
    expect(name(['body', 0, 'children'])).toBe('body ¶1');
    expect(name(['body', 1, 'caption'])).toBe('photo 1 caption');
    expect(name(['body', 2, 'children'])).toBe('body ¶2');
    expect(name(['body', 3, 'poster', 'credit'])).toBe('video 1 poster credit');
    expect(name(['body', 4, 'items', 1, 'sublist', 'items', 0, 'children'])).toBe('body ¶3 item 2.1');
    expect(name(['body', 5, 'alt'])).toBe('photo 2 alt text');
  });

  it('names the lead by what it is, and the related videos by their place in the list', () => {
    expect(name(['lead', 'caption'])).toBe('lead photo caption');
    expect(locationNamer(cleanStory({ lead: video() }))(['lead', 'poster', 'media'])).toBe('lead video poster picture');
    expect(name(['relatedVideos', 2, 'durationSeconds'])).toBe('related video 3 running time');
  });
});
