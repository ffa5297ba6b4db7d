import Validator from '@adobe/structured-data-validator';
import WebAutoExtractor from '@marbec/web-auto-extractor';
import { describe, expect, it } from 'vitest';
import { renderStoryHtml } from '../../../shared/render/html/story-html.ts';
import { storyJsonLd } from '../../../shared/render/json-ld.ts';
import { mediaPath } from '../../../shared/render/render-options.ts';
import type { Story } from '../../../shared/story/schema.ts';
import { FIXTURE_NAMES, STORY_STYLESHEET, fixtureStory } from './fixture-stories.ts';

interface ReaderIssue {
  severity: 'ERROR' | 'WARNING';
  issueMessage: string;
  fieldNames: string[];
}

/** What a structured-data reader (Adobe's validator of schema.org and Google's rich-result rules) says. */
async function readStructuredData(story: Story): Promise<{ items: unknown[]; errors: ReaderIssue[] }> {
  const html = renderStoryHtml(story, { creditStyle: 'cnn', stylesheet: STORY_STYLESHEET, mediaUrl: mediaPath });
  const extracted = new WebAutoExtractor({ addLocation: true, embedSource: ['rdfa', 'microdata'] }).parse(html);
  const issues: ReaderIssue[] = await new Validator().validate(extracted);
  return { items: extracted.jsonld.NewsArticle ?? [], errors: issues.filter((issue) => issue.severity === 'ERROR') };
}

const un = fixtureStory('un-general-assembly-photos.json');

describe('storyJsonLd()', () => {
  const article = storyJsonLd(un, { creditStyle: 'ap' }) as Record<string, any>;

  it('describes the story as a NewsArticle with its headline, abstract, dateline, authors, dates and keywords', () => {
    expect(article).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: un.headline,
      alternativeHeadline: un.subheadline,
      abstract: un.highlights.join('\n'),
      dateline: 'UNITED NATIONS (CNN)',
      dateCreated: un.createdAt,
      dateModified: un.updatedAt,
      keywords: un.keywords,
    });
    expect(article.author[0]).toEqual({
      '@type': 'Person',
      name: 'Kevin Liptak',
      jobTitle: 'White House reporter',
      affiliation: { '@type': 'Organization', name: 'CNN' },
    });
  });

  it('gives each photo an ImageObject with caption, creator and credit line in the house style', () => {
    const photo = un.body.find((block) => block.type === 'photo')!;
    expect(article.image[0]).toEqual({
      '@type': 'ImageObject',
      contentUrl: `media/${photo.media}`,
      caption: photo.caption,
      creator: [{ '@type': 'Person', name: 'Richard Drew' }],
      creditText: '(AP Photo/Richard Drew)',
    });
  });

  it('gives a copyright notice and its holder when the credit names one', () => {
    const poster = article.video[0].thumbnail;
    expect(poster.copyrightNotice).toBe('2018 Getty Images');
    expect(poster.copyrightHolder).toEqual({ '@type': 'Organization', name: 'Getty Images' });
  });

  it('gives each video a VideoObject with its name, an ISO 8601 duration and its poster as thumbnail', () => {
    expect(article.video[0]).toMatchObject({
      '@type': 'VideoObject',
      name: 'Trump to migrants: Make your nations great again',
      duration: 'PT1H2M3S',
      thumbnailUrl: expect.stringMatching(/^media\/b1b2.*\.jpg$/),
      uploadDate: un.createdAt,
    });
    const courthouse = storyJsonLd(fixtureStory('courthouse-arrests.json'), { creditStyle: 'cnn' }) as Record<string, any>;
    expect(courthouse.video.map((video: { duration: string }) => video.duration)).toEqual(['PT33S', 'PT1M17S']);
  });

  it('leaves out what the story does not have rather than writing empty values', () => {
    const draft = storyJsonLd(fixtureStory('new-draft.json'), { creditStyle: 'cnn' });
    expect(Object.values(draft).filter((value) => value === '' || (Array.isArray(value) && value.length === 0))).toEqual([]);
    expect(draft).not.toHaveProperty('headline');
  });
});

describe('the JSON-LD in a rendered story, read by a structured-data reader', () => {
  it.each(FIXTURE_NAMES)('is found as one NewsArticle in %s', async (name) => {
    const { items } = await readStructuredData(fixtureStory(name));
    expect(items).toHaveLength(1);
  });

  it('is accepted without an error when every video has a poster', async () => {
    const complete = fixtureStory('courthouse-arrests.json');
    const withPosters: Story = {
      ...complete,
      body: complete.body.filter((block) => block.type !== 'video'),
    };
    expect(withPosters.relatedVideos.every((video) => video.poster?.media)).toBe(false);
    const poster = { ...complete.relatedVideos[0]!.poster!, media: `${'ab'.repeat(32)}.jpg` };
    withPosters.relatedVideos = [{ ...complete.relatedVideos[0]!, poster }];
    expect((await readStructuredData(withPosters)).errors).toEqual([]);
  });

  it('is refused for a video without a poster, which the export check warns about too', async () => {
    const { errors } = await readStructuredData(fixtureStory('courthouse-arrests.json'));
    expect(errors.map((error) => error.fieldNames.join())).toEqual(['thumbnailUrl', 'thumbnailUrl']);
  });
});
