import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createStory,
  CURRENT_SCHEMA_VERSION,
  parseStory,
  parseStoryFile,
  serializeStory,
  Story,
  type StoryInput,
} from '../../../shared/story/index.ts';

const fixturePath = new URL('../../fixtures/stories/courthouse-arrests.json', import.meta.url);
const fixtureText = readFileSync(fixturePath, 'utf8');
const fixture = (): StoryInput => JSON.parse(fixtureText);

function expectInvalid(change: (story: Record<string, any>) => void) {
  const story = fixture() as Record<string, any>;
  change(story);
  return expect(() => parseStory(story));
}

describe('the story model', () => {
  it('accepts a story that uses every part of the anatomy', () => {
    const story = parseStory(fixture());
    expect(story.highlights).toHaveLength(2);
    expect(story.lead?.type).toBe('photo');
    expect(story.body.map((block) => block.type)).toEqual(['paragraph', 'subhead', 'block-quote', 'list', 'video']);
    expect(story.relatedVideos[0]?.poster?.credit.photographers).toEqual(['John Moore']);
    expect(story.corrections).toHaveLength(1);
  });

  it('round-trips a story file byte for byte: read, validate, write gives the same text', () => {
    const { story } = parseStoryFile(serializeStory(parseStory(fixture())));
    expect(serializeStory(story)).toBe(serializeStory(parseStory(fixture())));
    expect(parseStoryFile(serializeStory(story)).story).toEqual(story);
  });

  it('fills optional parts with their defaults, so an older hand-written file still opens', () => {
    const minimal = {
      schemaVersion: 1,
      id: '01htq2ax5c0000000000000001',
      slug: '',
      headline: 'Minimal',
      dateline: {},
      createdAt: '2026-01-01T00:00:00.000Z',
      updatedAt: '2026-01-01T00:00:00.000Z',
    };
    const story = parseStory(minimal);
    expect(story).toMatchObject({ body: [], highlights: [], status: 'draft', embargo: null, lead: null });
  });

  it('creates a new draft that is valid from its first moment', () => {
    const story = createStory({
      id: '01htq2ax5c0000000000000002',
      now: new Date('2026-11-27T10:00:00Z'),
      headline: 'Judge blocks asylum seekers from deportation\n',
      author: 'Priya Patel',
    });
    expect(Story.safeParse(story).success).toBe(true);
    expect(story).toMatchObject({
      schemaVersion: CURRENT_SCHEMA_VERSION,
      headline: 'Judge blocks asylum seekers from deportation',
      slug: 'judge-blocks-asylum-seekers-from',
      byline: [{ name: 'Priya Patel' }],
      status: 'draft',
    });
  });

  it('names the field when a photo credit has an unknown kind', () => {
    expectInvalid((story) => (story.lead.credit.kind = 'stolen')).toThrow(/"lead\.credit\.kind"/);
  });

  it('refuses javascript: links so they can never reach a preview or an export', () => {
    expectInvalid((story) => (story.body[3].items[1].sublist.items[0].children[0].url = 'javascript:alert(1)')).toThrow(
      /"body\.3\.items\.1\.sublist\.items\.0\.children\.0\.url" must start with http/,
    );
  });

  it('refuses a media name that could leave the story folder', () => {
    expectInvalid((story) => (story.lead.media = '../../etc/passwd')).toThrow(/"lead\.media"/);
  });

  it('refuses a headline of two lines', () => {
    expectInvalid((story) => (story.headline = 'One\nTwo')).toThrow(/"headline" a headline is one line/);
  });

  it('refuses an empty list and a list item without text', () => {
    expectInvalid((story) => (story.body[3].items = [])).toThrow(/at least one item/);
    expectInvalid((story) => (story.body[3].items[0].children = [])).toThrow(/"body\.3\.items\.0\.children"/);
  });

  it('refuses fields it does not know, rather than dropping them on the next save', () => {
    expectInvalid((story) => (story.sponsor = 'ACME')).toThrow(/sponsor/);
  });

  it('refuses an unknown status and a malformed embargo time', () => {
    expectInvalid((story) => (story.status = 'published')).toThrow(/"status"/);
    expectInvalid((story) => (story.embargo = 'tomorrow at noon')).toThrow(/"embargo" must be an ISO 8601/);
  });

  it('refuses a negative video duration', () => {
    expectInvalid((story) => (story.body[4].durationSeconds = -3)).toThrow(/"body\.4\.durationSeconds"/);
  });
});
