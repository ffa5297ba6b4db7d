import { describe, expect, it } from 'vitest';
import { lintStory } from '../../../shared/lint/index.ts';
import { parseStory } from '../../../shared/story/parse.ts';
import type { Photo, Story } from '../../../shared/story/schema.ts';
import { BUILT_IN_TEMPLATES, builtInTemplateStory } from '../../../shared/templates/built-in-templates.ts';

const ID = '01jq0000000000000000000000';
const NOW = new Date('2026-11-27T10:00:00.000Z');

const storyOf = (name: string): Story => {
  const template = BUILT_IN_TEMPLATES.find((candidate) => candidate.name === name);
  if (!template) throw new Error(`no built-in template named ${name}`);
  return builtInTemplateStory(template, { id: ID, now: NOW });
};

describe('the built-in templates', () => {
  it('are breaking news, feature, photo story and video story, each in a folder of its own', () => {
    expect(BUILT_IN_TEMPLATES.map((template) => template.name)).toEqual(['Breaking news', 'Feature', 'Photo story', 'Video story']);
    expect(new Set(BUILT_IN_TEMPLATES.map((template) => template.folder)).size).toBe(4);
    for (const template of BUILT_IN_TEMPLATES) expect(template.description.length).toBeGreaterThan(20);
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => template.name))('%s is a valid draft story, created at the given time', (name) => {
    const story = storyOf(name);
    expect(parseStory(story)).toEqual(story);
    expect(story).toMatchObject({ id: ID, status: 'draft', embargo: null, corrections: [], createdAt: NOW.toISOString() });
  });

  it.each(BUILT_IN_TEMPLATES.map((template) => template.name))('%s marks the facts to come with TK, which the house-style check lists', (name) => {
    const placeholders = lintStory(storyOf(name)).filter((problem) => problem.rule === 'placeholder-left');
    expect(placeholders.length).toBeGreaterThanOrEqual(5);
    expect(placeholders.map((problem) => problem.where.path[0])).toContain('headline');
  });

  it('breaking news: BREAKING highlights, a dateline to fill in, and a note that the story is developing', () => {
    const story = storyOf('Breaking news');
    expect(story.highlights[0]).toMatch(/^BREAKING: TK/);
    expect(story.highlights.length).toBeGreaterThanOrEqual(2);
    expect(story.dateline.location).toBe('TK');
    expect(story.editorsNotes).toMatch(/^Developing story — check back\./);
    expect(story.body.at(-1)).toEqual({ type: 'paragraph', children: [{ text: 'This is a developing story and will be updated.' }] });
  });

  it('feature: a dek and sections under subheads', () => {
    const story = storyOf('Feature');
    expect(story.subheadline).toMatch(/^TK — The dek/);
    expect(story.body.filter((block) => block.type === 'subhead')).toHaveLength(3);
    expect(story.body.some((block) => block.type === 'block-quote')).toBe(true);
  });

  it('photo story: a lead photo slot and three photo blocks, each asking for its caption, credit and alt text', () => {
    const story = storyOf('Photo story');
    const photos = [story.lead, ...story.body.filter((block) => block.type === 'photo')] as Photo[];
    expect(story.lead?.type).toBe('photo');
    expect(photos).toHaveLength(4);
    for (const photo of photos) {
      expect(photo).toMatchObject({ media: null, caption: expect.stringMatching(/^TK — Who or what .* credit fields/), alt: expect.stringMatching(/^TK/) });
    }
    const problems = lintStory(story).map((problem) => problem.rule);
    expect(problems.filter((rule) => rule === 'photo-no-credit')).toHaveLength(4);
  });

  it('video story: a lead video waiting for its clip, title, running time and poster', () => {
    const story = storyOf('Video story');
    expect(story.lead).toMatchObject({ type: 'video', media: null, poster: null, durationSeconds: null, title: expect.stringMatching(/^TK/) });
  });
});
