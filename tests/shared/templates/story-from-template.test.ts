import { describe, expect, it } from 'vitest';
import { createStory } from '../../../shared/story/create.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { BUILT_IN_TEMPLATES, builtInTemplateStory } from '../../../shared/templates/built-in-templates.ts';
import { slugFromTemplateHeadline, storyFromTemplate } from '../../../shared/templates/story-from-template.ts';

const TEMPLATE_ID = '01jq0000000000000000000000';
const NEW_ID = '01jq0000000000000000000001';
const LATER = new Date('2026-12-01T08:30:00.000Z');
const breakingNews = builtInTemplateStory(BUILT_IN_TEMPLATES[0]!, { id: TEMPLATE_ID, now: new Date('2026-11-27T10:00:00.000Z') });

describe('storyFromTemplate()', () => {
  it('makes a new draft with its own id and dates, and the template’s content', () => {
    const story = storyFromTemplate({ ...breakingNews, status: 'ready' }, { id: NEW_ID, now: LATER });
    expect(story).toMatchObject({ id: NEW_ID, status: 'draft', createdAt: LATER.toISOString(), updatedAt: LATER.toISOString() });
    expect(story.headline).toBe(breakingNews.headline);
    expect(story.highlights).toEqual(breakingNews.highlights);
    expect(story.body).toEqual(breakingNews.body);
    expect(story.editorsNotes).toBe(breakingNews.editorsNotes);
  });

  it('never carries an embargo or corrections over from a template', () => {
    const template: Story = {
      ...breakingNews,
      embargo: '2026-12-02T06:00:00+00:00',
      corrections: [{ date: '2026-11-27T10:00:00+00:00', text: 'An earlier version misstated the time.' }],
    };
    expect(storyFromTemplate(template, { id: NEW_ID, now: LATER })).toMatchObject({ embargo: null, corrections: [] });
  });

  it('leaves the slug empty while the headline is a placeholder, and takes it from a real headline', () => {
    expect(storyFromTemplate(breakingNews, { id: NEW_ID, now: LATER }).slug).toBe('');
    const weekly = { ...breakingNews, headline: 'Council meeting: the week ahead', slug: 'weekly-template' };
    expect(storyFromTemplate(weekly, { id: NEW_ID, now: LATER }).slug).toBe('council-meeting-the-week-ahead');
  });

  it('puts the author on an empty byline, and keeps a byline the template has', () => {
    expect(storyFromTemplate(breakingNews, { id: NEW_ID, now: LATER, author: ' Laura Jarrett ' }).byline).toEqual([
      { name: 'Laura Jarrett', title: '', organization: '' },
    ]);
    const signed = { ...breakingNews, byline: [{ name: 'Metro desk', title: '', organization: 'Harbour Gazette' }] };
    expect(storyFromTemplate(signed, { id: NEW_ID, now: LATER, author: 'Laura Jarrett' }).byline).toEqual(signed.byline);
  });

  it('copies a story that was never a built-in template just as well', () => {
    const plain = { ...createStory({ id: TEMPLATE_ID, now: LATER, headline: 'Weather watch' }), editorsNotes: 'Run daily.' };
    expect(storyFromTemplate(plain, { id: NEW_ID, now: LATER })).toMatchObject({ slug: 'weather-watch', editorsNotes: 'Run daily.' });
  });
});

describe('slugFromTemplateHeadline()', () => {
  it.each([
    ['TK — What happened, where', ''],
    ['Storm hits XX homes', ''],
    ['tktk', ''],
    ['TKO in the third round', 'tko-in-the-third-round'],
    ['Courthouse arrests will continue', 'courthouse-arrests-will-continue'],
    ['', ''],
  ])('“%s” → “%s”', (headline, slug) => {
    expect(slugFromTemplateHeadline(headline)).toBe(slug);
  });
});
