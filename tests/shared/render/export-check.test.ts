import { describe, expect, it } from 'vitest';
import { exportProblems, hasBlockingProblems } from '../../../shared/render/export-check.ts';
import type { Photo, Story, Video } from '../../../shared/story/schema.ts';
import { fixtureStory } from './fixture-stories.ts';

const courthouse = fixtureStory('courthouse-arrests.json');
const summary = (story: Story, options: Parameters<typeof exportProblems>[1] = { format: 'html' }) =>
  exportProblems(story, options).map((problem) => `${problem.severity} ${problem.code} @${problem.where}`);

const photo = (overrides: Partial<Photo> = {}): Photo => ({
  type: 'photo',
  id: 'p',
  media: `${'a'.repeat(64)}.jpg`,
  alt: 'A crowd on the courthouse steps',
  caption: 'Protesters gather outside the courthouse.',
  credit: { photographers: ['Jane Doe'], organization: 'AP', via: '', restrictions: [], copyright: '' },
  ...overrides,
});

describe('exportProblems()', () => {
  it('refuses a story without a headline', () => {
    const problems = exportProblems({ ...courthouse, headline: '  ' }, { format: 'html' });
    expect(problems[0]).toMatchObject({ severity: 'error', code: 'no-headline', message: 'The story has no headline.' });
    expect(hasBlockingProblems(problems)).toBe(true);
  });

  it('refuses a photo without a credit or without alt text, and says which photo', () => {
    const story: Story = {
      ...courthouse,
      lead: null,
      body: [photo({ credit: { photographers: [], organization: '', via: '', restrictions: [], copyright: '' } }), photo({ alt: '' })],
      relatedVideos: [],
    };
    const problems = exportProblems(story, { format: 'html' });
    expect(problems.map((problem) => problem.message)).toEqual([
      'Photo 1 in the body (“Protesters gather outside the courthouse.”) has no credit.',
      'Photo 2 in the body (“Protesters gather outside the courthouse.”) has no alt text for readers who cannot see it.',
    ]);
    expect(problems.map((problem) => problem.where)).toEqual(['body.0', 'body.1']);
  });

  it('refuses a photo slot with no picture, and a picture whose file is missing from the story folder', () => {
    const story: Story = { ...courthouse, lead: photo({ media: null, caption: '' }), body: [photo()], relatedVideos: [] };
    expect(summary(story, { format: 'html', hasMedia: () => false })).toEqual([
      'error photo-no-picture @lead',
      'error media-missing @body.0',
    ]);
  });

  it('warns about a video without a title or a poster, and refuses a poster without credit or alt text', () => {
    const video: Video = {
      type: 'video',
      id: 'v',
      title: '',
      durationSeconds: 77,
      media: null,
      poster: null,
      caption: '',
      credit: { photographers: [], organization: 'CNN', via: '', restrictions: [], copyright: '' },
    };
    const withPoster: Video = { ...video, title: 'Now playing', poster: { media: `${'b'.repeat(64)}.jpg`, alt: '', caption: '', credit: video.credit } };
    const story: Story = { ...courthouse, lead: null, body: [], relatedVideos: [video, withPoster] };
    expect(summary(story)).toEqual([
      'warning video-no-title @relatedVideos.0',
      'warning video-no-poster @relatedVideos.0',
      'error photo-no-alt @relatedVideos.1',
    ]);
    expect(exportProblems(story, { format: 'html' })[2]!.message).toBe(
      'The poster of related video 2 (“Now playing”) has no alt text for readers who cannot see it.',
    );
  });

  it('says a single file cannot hold a video file, and the folder export can', () => {
    const video: Video = {
      type: 'video',
      id: 'v',
      title: 'Rally',
      durationSeconds: 77,
      media: `${'c'.repeat(64)}.mp4`,
      poster: { media: `${'d'.repeat(64)}.jpg`, alt: 'The rally', caption: '', credit: courthouse.relatedVideos[0]!.credit },
      caption: '',
      credit: courthouse.relatedVideos[0]!.credit,
    };
    const story: Story = { ...courthouse, lead: video, body: [], relatedVideos: [] };
    expect(summary(story, { format: 'html' })).toEqual(['warning video-not-embedded @lead']);
    expect(summary(story, { format: 'html-folder' })).toEqual([]);
  });

  it('finds nothing to stop a complete story, and warnings never block', () => {
    const problems = exportProblems(courthouse, { format: 'html' });
    expect(problems.every((problem) => problem.severity === 'warning')).toBe(true);
    expect(hasBlockingProblems(problems)).toBe(false);
  });
});
